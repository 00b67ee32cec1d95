import { Col, Input, Row, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { isFourGoodModel, type CriteriaModel } from '@fourgood/rules';
import { useStaffI18n } from '../../i18n/staff';
import type { OutcomeDraft, OutcomeField } from './draft';

/**
 * The outcome rules in one compact block: total, the "4 good" line, the level bands, the bonus and
 * deduction caps, the excellent cap. Problems show under the field at fault.
 */
export function OutcomeForm({
  outcome,
  model,
  readOnly,
  onChange,
  messagesOf,
}: {
  outcome: OutcomeDraft;
  model: CriteriaModel;
  readOnly: boolean;
  onChange: (field: OutcomeField, value: string) => void;
  messagesOf: (field: string) => string[];
}) {
  const { t } = useStaffI18n();
  const o = t.criteria.outcome;
  const fields: Array<{ field: OutcomeField; label: string; hint: string; unit: string; problems: string; hide?: boolean }> = [
    { field: 'total', label: o.total, hint: o.totalHint, unit: o.points, problems: 'total' },
    { field: 'fourGoodThreshold', label: o.fourGoodThreshold, hint: o.fourGoodThresholdHint, unit: o.points, problems: 'fourGoodThreshold', hide: !isFourGoodModel(model) },
    { field: 'top', label: o.top, hint: o.bandsHint, unit: o.points, problems: 'bands' },
    { field: 'second', label: o.second, hint: o.bandsHint, unit: o.points, problems: 'bands' },
    { field: 'third', label: o.third, hint: o.bandsHint, unit: o.points, problems: 'bands' },
    { field: 'bonusCap', label: o.bonusCap, hint: o.bonusCapHint, unit: o.points, problems: 'bonusCap' },
    { field: 'deductionCap', label: o.deductionCap, hint: o.deductionCapHint, unit: o.points, problems: 'deductionCap' },
    { field: 'excellentCapPercent', label: o.excellentCapPercent, hint: o.excellentCapHint, unit: '%', problems: 'excellentCapPercent' },
    { field: 'outstandingCapPercent', label: o.outstandingCapPercent, hint: o.outstandingCapHint, unit: '%', problems: 'outstandingCapPercent' },
  ];
  const shown = fields.filter((x) => !x.hide);
  // The bands' problem is told once, under the lowest band.
  const bandMessages = messagesOf('bands');

  return (
    <Row gutter={[12, 10]} data-testid="outcome-form">
      {shown.map((x) => {
        const messages = x.problems === 'bands' ? (x.field === 'third' ? bandMessages : []) : messagesOf(x.problems);
        const invalid = x.problems === 'bands' ? bandMessages.length > 0 : messages.length > 0;
        return (
          <Col key={x.field} xs={12} sm={8} md={6} lg={4} xxl={3}>
            <label style={{ display: 'block' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {x.label}{' '}
                <Tooltip title={x.hint}>
                  <InfoCircleOutlined style={{ color: '#bfbfbf' }} />
                </Tooltip>
              </Typography.Text>
              {readOnly ? (
                <div style={{ fontSize: 16, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid={`outcome-${x.field}`}>
                  {outcome[x.field] || '—'} <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>{x.unit}</Typography.Text>
                </div>
              ) : (
                <Input
                  value={outcome[x.field]}
                  onChange={(e) => onChange(x.field, e.target.value)}
                  suffix={<Typography.Text type="secondary">{x.unit}</Typography.Text>}
                  className="fg-num"
                  inputMode="decimal"
                  autoComplete="off"
                  status={invalid ? 'error' : undefined}
                  data-testid={`outcome-${x.field}`}
                  aria-label={x.label}
                />
              )}
            </label>
            {messages.map((m, i) => (
              <div key={i} className="fg-cell-msg" style={{ padding: '2px 0 0' }} role="alert">
                {m}
              </div>
            ))}
          </Col>
        );
      })}
    </Row>
  );
}
