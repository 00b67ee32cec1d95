import { Card, Col, Empty, Flex, Row, Table, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CellType, RatingBreakdownQuery, RatingLevel } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { LEVEL_COLORS, LEVELS } from './OrgCharts';

const RatingBreakdownDocument = graphql(`
  query RatingBreakdown($id: ID!, $year: Int!, $withSubtree: Boolean!) {
    organization(id: $id) {
      id
      ratings {
        year
        level
        assessedLevel
        aboveAssessment
        decision
      }
      grassroots: ratingDistribution(subject: ORGANIZATION, year: $year, filter: { kinds: [GRASSROOTS_COMMITTEE, GRASSROOTS_CELL] }) @include(if: $withSubtree) {
        rated
        levels {
          level
          count
          percent
        }
      }
      residential: fourGood(year: $year, filter: { cellTypes: [RESIDENTIAL] }) @include(if: $withSubtree) {
        ...FourGoodParts
      }
      agency: fourGood(year: $year, filter: { cellTypes: [AGENCY] }) @include(if: $withSubtree) {
        ...FourGoodParts
      }
      publicService: fourGood(year: $year, filter: { cellTypes: [PUBLIC_SERVICE] }) @include(if: $withSubtree) {
        ...FourGoodParts
      }
      enterprise: fourGood(year: $year, filter: { cellTypes: [ENTERPRISE] }) @include(if: $withSubtree) {
        ...FourGoodParts
      }
      armedForces: fourGood(year: $year, filter: { cellTypes: [ARMED_FORCES] }) @include(if: $withSubtree) {
        ...FourGoodParts
      }
    }
  }

  fragment FourGoodParts on FourGoodRollup {
    registered
    evaluated
    reached
  }
`);

type Data = NonNullable<RatingBreakdownQuery['organization']>;
const CELL_TYPES: Array<[CellType, 'residential' | 'agency' | 'publicService' | 'enterprise' | 'armedForces']> = [
  ['RESIDENTIAL', 'residential'],
  ['AGENCY', 'agency'],
  ['PUBLIC_SERVICE', 'publicService'],
  ['ENTERPRISE', 'enterprise'],
  ['ARMED_FORCES', 'armedForces'],
];

/**
 * Below the rating charts: the shares among grassroots organisations (how the reports quote
 * them: "19.2% of grassroots organisations excellent"), "4 good" by cell type, and the
 * organisation's own annual ratings, each marked when it stands above the organisation's approved
 * assessment (a rating decision set it higher).
 */
export default function RatingBreakdown({ orgId, year, cell }: { orgId: string; year: number; cell: boolean }) {
  const [result] = useQuery({ query: RatingBreakdownDocument, variables: { id: orgId, year, withSubtree: !cell } });
  const data = result.data?.organization?.id === orgId ? result.data.organization : null;
  if (!data) return null;
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }} data-testid="rating-breakdown">
      {!cell && data.grassroots ? (
        <Col xs={24} lg={12} xl={8}>
          <GrassrootsCard d={data.grassroots} year={year} />
        </Col>
      ) : null}
      {!cell ? (
        <Col xs={24} lg={12} xl={8}>
          <CellTypeCard data={data} year={year} />
        </Col>
      ) : null}
      <Col xs={24} lg={24} xl={cell ? 12 : 8}>
        <OwnRatingsCard ratings={data.ratings} />
      </Col>
    </Row>
  );
}

function GrassrootsCard({ d, year }: { d: NonNullable<Data['grassroots']>; year: number }) {
  const { t, f } = useI18n();
  const b = t.charts.breakdown;
  return (
    <Card size="small" title={<Tooltip title={b.grassrootsHint}>{b.grassroots}</Tooltip>} extra={<Typography.Text type="secondary">{t.charts.ratedOrganizations(f.number(d.rated))}</Typography.Text>} style={{ height: '100%' }} data-testid="chart-grassroots">
      {d.rated === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.charts.noRatings(String(year))} />
      ) : (
        <Flex vertical gap={6} role="list">
          {LEVELS.map((level) => {
            const found = d.levels.find((l) => l.level === level);
            const count = found?.count ?? 0;
            return (
              <Flex key={level} align="center" gap={8} role="listitem" data-level={level}>
                <span style={{ width: 10, height: 10, borderRadius: 2, background: LEVEL_COLORS[level], flex: 'none' }} />
                <Typography.Text style={{ flex: 1 }} type={count === 0 ? 'secondary' : undefined}>
                  {t.charts.levels[level]}
                </Typography.Text>
                <Typography.Text strong={count > 0}>{f.number(count)}</Typography.Text>
                <Typography.Text type="secondary" style={{ minWidth: 52, textAlign: 'right', fontSize: 12 }}>
                  {f.percent((found?.percent ?? 0) / 100)}
                </Typography.Text>
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

function CellTypeCard({ data, year }: { data: Data; year: number }) {
  const { t, f } = useI18n();
  const b = t.charts.breakdown;
  const rows = CELL_TYPES.map(([type, key]) => ({ type, ...(data[key] ?? { registered: 0, evaluated: 0, reached: 0 }) })).filter((r) => r.registered + r.evaluated > 0);
  return (
    <Card size="small" title={b.byCellType} style={{ height: '100%' }} data-testid="chart-four-good-by-type">
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.charts.noFourGood(String(year))} />
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="type"
          dataSource={rows}
          columns={[
            { title: b.cellType, dataIndex: 'type', render: (type: CellType) => t.enums.cellType[type] },
            { title: t.charts.registered, dataIndex: 'registered', align: 'right', render: (n: number) => f.number(n) },
            { title: t.charts.evaluated, dataIndex: 'evaluated', align: 'right', render: (n: number) => f.number(n) },
            { title: t.charts.reached, dataIndex: 'reached', align: 'right', render: (n: number) => f.number(n) },
          ]}
        />
      )}
    </Card>
  );
}

function OwnRatingsCard({ ratings }: { ratings: Data['ratings'] }) {
  const { t } = useI18n();
  const b = t.charts.breakdown;
  const level = (l: string) => t.charts.levels[l as RatingLevel];
  return (
    <Card size="small" title={b.own} style={{ height: '100%' }} data-testid="own-ratings">
      {ratings.length === 0 ? (
        <Typography.Text type="secondary">{b.noOwn}</Typography.Text>
      ) : (
        <Flex vertical gap={6} role="list">
          {ratings.map((r) => (
            <Flex key={r.year} align="center" gap={8} wrap role="listitem" data-year={r.year} data-above={r.aboveAssessment ? 'true' : undefined}>
              <Typography.Text strong style={{ minWidth: 40 }}>
                {r.year}
              </Typography.Text>
              {/* Dark text on the level's light tint: WCAG AA contrast (the level colours themselves are too light for text). */}
              <Tag color={LEVEL_COLORS[r.level]} style={{ marginInlineEnd: 0, color: 'rgba(0, 0, 0, 0.88)' }}>
                {level(r.level)}
              </Tag>
              {r.assessedLevel ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{b.assessed(level(r.assessedLevel))}</Typography.Text> : null}
              {r.aboveAssessment ? (
                <Tooltip title={r.decision ? b.decision(r.decision) : b.noDecision}>
                  <Tag color="warning" icon={<WarningOutlined />} data-testid={`above-assessment-${r.year}`}>
                    {b.aboveAssessment}
                    {r.decision ? ` · ${r.decision}` : ''}
                  </Tag>
                </Tooltip>
              ) : null}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
