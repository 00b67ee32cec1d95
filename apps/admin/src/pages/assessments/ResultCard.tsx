import { Card, Descriptions, Flex, Progress, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import { isFourGoodModel, type CriteriaTableDef, type RatingLevel, type ScoreResult } from '@fourgood/rules';
import { useStaffI18n } from '../../i18n/staff';
import { explain } from './explain';

export const LEVEL_COLORS: Record<RatingLevel, string> = { EXCELLENT: 'green', GOOD: 'blue', COMPLETED: 'gold', NOT_COMPLETED: 'red' };

export function FourGoodTag({ value, testId, size = 'default' }: { value: boolean | null; testId?: string; size?: 'default' | 'large' }) {
  const { t } = useStaffI18n();
  if (value === null) return null;
  return (
    <Tag
      color={value ? 'success' : 'error'}
      icon={value ? <CheckCircleFilled /> : <CloseCircleFilled />}
      data-testid={testId}
      data-value={value ? 'yes' : 'no'}
      style={size === 'large' ? { fontSize: 14, padding: '3px 10px', marginInlineEnd: 0 } : { marginInlineEnd: 0 }}
    >
      {value ? t.scoring.fourGoodYes : t.scoring.fourGoodNo}
    </Tag>
  );
}

/** One side's result, computed in the browser by the shared rules: group subtotals, total, level, "4 good", why. */
export function ResultCard({ title, result, def, testId }: { title: string; result: ScoreResult; def: CriteriaTableDef; testId: string }) {
  const { t, f } = useStaffI18n();
  const s = t.scoring.result;
  const items = new Map(def.items.map((i) => [i.code, i] as const));
  const groups = new Map(def.groups.map((g) => [g.code, g] as const));
  const lines = explain(t, f, result.explanation, {
    item: (code) => `${code} «${short(items.get(code)?.text ?? code)}»`,
    group: (code) => `${code} «${short(groups.get(code)?.title ?? code)}»`,
  });
  const details = lines.filter((l) => l.weight === 'detail');
  const main = lines.filter((l) => l.weight !== 'detail');
  const icon = (tone: string) =>
    tone === 'good' ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : tone === 'bad' ? <ExclamationCircleFilled style={{ color: '#ff4d4f' }} /> : <InfoCircleFilled style={{ color: '#8c8c8c' }} />;

  return (
    <Card size="small" title={title} data-testid={testId}>
      <Flex align="baseline" gap={12} wrap style={{ marginBottom: 8 }}>
        <span style={{ fontSize: 32, fontWeight: 700, fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-total`}>
          {f.number(result.total)}
        </span>
        <Typography.Text type="secondary">{s.outOf(f.number(def.outcome.total))}</Typography.Text>
      </Flex>
      <Flex gap={6} wrap style={{ marginBottom: 12 }}>
        <Tag color={LEVEL_COLORS[result.level]} data-testid={`${testId}-level`} style={{ marginInlineEnd: 0 }}>
          {t.scoring.enums.level[result.level]}
        </Tag>
        {isFourGoodModel(def.model) ? <FourGoodTag value={result.fourGood} testId={`${testId}-four-good`} /> : null}
        {!result.complete ? <Tag color="warning">{s.incomplete}</Tag> : null}
      </Flex>
      <Flex vertical gap={4} style={{ marginBottom: 12 }}>
        {result.groups.map((g) => (
          <div key={g.code}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text ellipsis style={{ maxWidth: '75%' }} title={groups.get(g.code)?.title}>
                {g.code}. {groups.get(g.code)?.title}
              </Typography.Text>
              <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums', color: g.belowMinimum ? '#cf1322' : undefined }}>
                {f.number(g.points)}/{f.number(g.max)}
              </Typography.Text>
            </Flex>
            <Progress
              aria-label={`${g.code}. ${groups.get(g.code)?.title ?? ''}: ${f.number(g.points)}/${f.number(g.max)}`}
              percent={g.max ? Math.round((g.points / g.max) * 100) : 0}
              showInfo={false}
              size="small"
              status={g.belowMinimum ? 'exception' : 'normal'}
              strokeColor={g.belowMinimum ? undefined : '#1677ff'}
            />
          </div>
        ))}
      </Flex>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'base', label: s.base, children: f.number(result.base) },
          { key: 'bonus', label: s.bonus, children: result.bonus ? `+${f.number(result.bonus)}` : '0' },
          { key: 'deductions', label: s.deductions, children: result.deductions ? `−${f.number(result.deductions)}` : '0' },
          { key: 'total', label: <strong>{s.total}</strong>, children: <strong>{f.number(result.total)}</strong> },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Typography.Text strong>{s.why}</Typography.Text>
      <ul style={{ margin: '6px 0 0', paddingInlineStart: 0, listStyle: 'none' }} data-testid={`${testId}-explanation`}>
        {main.map((l, i) => (
          <li key={i} style={{ display: 'flex', gap: 8, marginBottom: 6 }}>
            <span style={{ paddingTop: 1 }}>{icon(l.tone)}</span>
            <span style={{ fontWeight: l.weight === 'decisive' ? 600 : 400 }}>{l.text}</span>
          </li>
        ))}
      </ul>
      {details.length ? (
        <details style={{ marginTop: 4 }}>
          <summary style={{ cursor: 'pointer', color: '#595959' }}>{s.details(details.length)}</summary>
          <ul style={{ margin: '6px 0 0', paddingInlineStart: 18 }}>
            {details.map((l, i) => (
              <li key={i} style={{ marginBottom: 3 }}>
                {l.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
