import { useState } from 'react';
import { Alert, Button, Col, Empty, Flex, Input, Modal, Progress, Row, Table, Tag, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { RATING_LEVELS, todayInVietnam, type RatingLevel } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import type { WhatIfQuery } from '../../gql/graphql';
import { useStaffI18n } from '../../i18n/staff';
import { useLinkTo } from '../../lib/url';
import { editRoots } from '../../lib/permissions';
import { apiProblem } from './access';
import type { FullTable } from './CriteriaEditorPage';
import { OrgPicker, type PickedOrg } from './OrgPicker';
import { WhatIfDocument } from './queries';

type Result = WhatIfQuery['whatIf'];

const PERIOD = /^\d{4}(-H[12]|-Q[1-4])?$/;

/** Outcomes of a period in a subtree now, and as they would be under this version (nothing is saved). */
export function WhatIfModal({ table, onClose }: { table: FullTable; onClose: () => void }) {
  const { t, f } = useStaffI18n();
  const tw = t.criteria.whatIf;
  const client = useClient();
  const linkTo = useLinkTo();
  const { viewer } = useSession();
  const [org, setOrg] = useState<PickedOrg | null>(table.owner ? { id: table.owner.id, name: table.owner.name } : null);
  const [period, setPeriod] = useState(String(Number(todayInVietnam().slice(0, 4)) - 1));
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const roots = [...(table.owner ? [{ id: table.owner.id, name: table.owner.name }] : []), ...editRoots(viewer)];
  const periodOk = PERIOD.test(period.trim());

  const run = async () => {
    if (!org || !periodOk) return;
    setRunning(true);
    setProblem(null);
    setResult(null);
    const res = await client.query(WhatIfDocument, { tableId: table.id, period: period.trim(), model: table.model, organizationId: org.id }, { requestPolicy: 'network-only' }).toPromise();
    setRunning(false);
    if (res.data) setResult(res.data.whatIf);
    else {
      const p = apiProblem(res.error);
      setProblem(p?.reason === 'BAD_PERIOD' ? tw.badPeriod : p && p.code in t.errors ? String(t.errors[p.code as keyof typeof t.errors]) : t.errors.UNKNOWN);
    }
  };

  const count = (tally: Result['current'], level: RatingLevel) => tally.levels.find((l) => l.level === level)?.count ?? 0;
  const delta = (now: number, then: number) => {
    const d = then - now;
    if (d === 0) return <Typography.Text type="secondary">±0</Typography.Text>;
    return <Typography.Text type={d > 0 ? 'success' : 'danger'}>{d > 0 ? `+${f.number(d)}` : f.number(d)}</Typography.Text>;
  };
  const yesNo = (v: boolean | null | undefined) => (v == null ? t.common.none : v ? <Tag color="green">{t.scoring.fourGoodYes}</Tag> : <Tag>{t.scoring.fourGoodNo}</Tag>);

  return (
    <Modal open title={tw.title(t.criteria.editor.versionN(table.version))} onCancel={onClose} footer={null} width={1000} destroyOnHidden>
      <Flex vertical gap={14} data-testid="what-if-dialog">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {tw.intro}
        </Typography.Paragraph>
        <Flex gap={12} wrap align="flex-end">
          <label style={{ flex: '1 1 320px' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tw.organization}
            </Typography.Text>
            <OrgPicker value={org} onChange={setOrg} roots={roots} testId="what-if-org" />
          </label>
          <label style={{ display: 'flex', flexDirection: 'column' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tw.period}
            </Typography.Text>
            <Input value={period} onChange={(e) => setPeriod(e.target.value)} style={{ width: 140 }} status={periodOk ? undefined : 'error'} placeholder="2024" data-testid="what-if-period" onPressEnter={() => void run()} />
          </label>
          <Button type="primary" onClick={() => void run()} disabled={!org || !periodOk} loading={running} data-testid="what-if-run">
            {tw.run}
          </Button>
        </Flex>
        {!periodOk ? <Typography.Text type="danger">{tw.badPeriod}</Typography.Text> : null}
        {running ? (
          <div data-testid="what-if-progress">
            <Typography.Text>{tw.running}</Typography.Text>
            <Progress percent={99} status="active" showInfo={false} />
          </div>
        ) : null}
        {problem ? <Alert type="error" showIcon title={problem} /> : null}
        {result ? (
          result.assessed === 0 ? (
            <Empty description={tw.none} />
          ) : (
            <>
              <Typography.Text strong data-testid="what-if-assessed">
                {tw.assessed(f.number(result.assessed))}
              </Typography.Text>
              <Row gutter={16}>
                <Col xs={24} md={14}>
                  <Table
                    size="small"
                    bordered
                    pagination={false}
                    rowKey="key"
                    dataSource={[
                      ...RATING_LEVELS.map((level) => ({ key: level, label: t.scoring.enums.level[level], now: count(result.current, level), then: count(result.candidate, level) })),
                      ...(result.current.fourGood || result.candidate.fourGood || table.model.startsWith('FOUR_GOOD')
                        ? [{ key: 'fourGood', label: tw.fourGood, now: result.current.fourGood, then: result.candidate.fourGood }]
                        : []),
                    ]}
                    columns={[
                      { key: 'label', title: tw.outcome, dataIndex: 'label' },
                      { key: 'now', title: tw.now, dataIndex: 'now', align: 'right', render: (n: number) => f.number(n) },
                      { key: 'then', title: tw.then, dataIndex: 'then', align: 'right', render: (n: number) => <strong>{f.number(n)}</strong> },
                      { key: 'delta', title: tw.delta, align: 'right', render: (_, r) => delta(r.now, r.then) },
                    ]}
                  />
                </Col>
                <Col xs={24} md={10}>
                  <Alert type={result.changed.length ? 'warning' : 'success'} showIcon title={result.changed.length ? tw.changedCount(f.number(result.changed.length)) : tw.noChange} />
                </Col>
              </Row>
              {result.changed.length ? (
                <Table
                  size="small"
                  rowKey={(r) => r.assessment.id}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  dataSource={result.changed}
                  columns={[
                    {
                      key: 'org',
                      title: tw.unit,
                      render: (_, r) => <Link to={linkTo(`/assessments/${encodeURIComponent(r.assessment.id)}`)}>{r.assessment.organization?.name ?? r.assessment.id}</Link>,
                    },
                    {
                      key: 'total',
                      title: tw.total,
                      align: 'right',
                      render: (_, r) => (
                        <span>
                          {f.number(r.currentTotal)} <ArrowRightOutlined style={{ color: '#8c8c8c' }} /> <strong>{f.number(r.candidateTotal)}</strong>
                        </span>
                      ),
                    },
                    {
                      key: 'level',
                      title: tw.level,
                      render: (_, r) =>
                        r.currentLevel === r.candidateLevel ? (
                          t.scoring.enums.levelShort[r.currentLevel]
                        ) : (
                          <span>
                            {t.scoring.enums.levelShort[r.currentLevel]} <ArrowRightOutlined style={{ color: '#8c8c8c' }} /> <strong>{t.scoring.enums.levelShort[r.candidateLevel]}</strong>
                          </span>
                        ),
                    },
                    {
                      key: 'fourGood',
                      title: tw.fourGood,
                      render: (_, r) => (
                        <span>
                          {yesNo(r.currentFourGood)} <ArrowRightOutlined style={{ color: '#8c8c8c' }} /> {yesNo(r.candidateFourGood)}
                        </span>
                      ),
                    },
                  ]}
                />
              ) : null}
            </>
          )
        ) : null}
      </Flex>
    </Modal>
  );
}
