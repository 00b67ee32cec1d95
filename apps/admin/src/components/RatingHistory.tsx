import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { RatingLevelTag } from './Tags';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { usePrefetchedPolicy } from '../lib/prefetch';

export const OrganizationRatingsDocument = graphql(`
  query OrganizationRatings($id: ID!) {
    organization(id: $id) {
      id
      ratings {
        year
        level
        points
        fromAssessment
      }
    }
  }
`);

const MemberRatingsDocument = graphql(`
  query MemberRatings($id: ID!) {
    member(id: $id) {
      id
      ratings {
        year
        level
        points
        fromAssessment
      }
    }
  }
`);

/** Excellent green, good blue, completed gold, not completed red (as the charts). */

/** An organisation's own annual ratings, or a member's, newest first: one line a year. */
export function RatingHistory({ subject, id }: { subject: 'ORGANIZATION' | 'MEMBER'; id: string }) {
  const { t, f } = useI18n();
  // An organisation's ratings are started with its page's query (pages/organizationQueries.ts).
  const prefetched = usePrefetchedPolicy(OrganizationRatingsDocument, { id });
  const [org] = useQuery({ query: OrganizationRatingsDocument, variables: { id }, pause: subject !== 'ORGANIZATION', requestPolicy: subject === 'ORGANIZATION' ? prefetched : undefined });
  const [member] = useQuery({ query: MemberRatingsDocument, variables: { id }, pause: subject !== 'MEMBER' });
  const result = subject === 'ORGANIZATION' ? org : member;
  const ratings = subject === 'ORGANIZATION' ? org.data?.organization?.ratings : member.data?.member?.ratings;
  return (
    <Card size="small" title={subject === 'ORGANIZATION' ? t.ratingHistory.organization : t.ratingHistory.member} data-testid="rating-history">
      {!ratings ? (
        result.error ? (
          <Typography.Text type="secondary">{t.charts.loadFailed}</Typography.Text>
        ) : (
          <Skeleton active paragraph={{ rows: 2 }} title={false} />
        )
      ) : ratings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.ratingHistory.none} />
      ) : (
        <Flex vertical gap={6} role="list">
          {ratings.map((r) => (
            <Flex key={r.year} align="center" gap={12} wrap role="listitem" data-year={r.year}>
              <Typography.Text strong style={{ width: 44, fontVariantNumeric: 'tabular-nums' }}>
                {r.year}
              </Typography.Text>
              <RatingLevelTag level={r.level} />
              {r.points != null && <Typography.Text type="secondary">{t.ratingHistory.points(f.number(r.points))}</Typography.Text>}
              {r.fromAssessment && <Typography.Text type="secondary">{t.ratingHistory.fromAssessment}</Typography.Text>}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
