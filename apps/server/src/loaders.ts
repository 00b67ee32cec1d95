import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import type { Assessment } from './assessments/assessment.entity.js';
import { lastCellPaths } from './auth/scope-guard.js';
import type { Award } from './competition/award.entity.js';
import type { MemberCommitment } from './competition/member-commitment.entity.js';
import type { Services } from './context.js';
import { formerNamesOf, type FormerName } from './hierarchy/former-names.js';
import { Organization } from './hierarchy/organization.entity.js';
import type { Attendance } from './meetings/attendance.entity.js';
import type { MeetingGuest } from './meetings/meeting-guest.entity.js';
import { Meeting } from './meetings/meeting.entity.js';
import type { MeetingStatsFigures, MeetingStatsKey } from './meetings/meeting-stats.service.js';
import { Member } from './members/member.entity.js';
import type { OversightAssignment } from './oversight/oversight-assignment.entity.js';
import type { Recommendation } from './recommendations/recommendation.entity.js';
import type { RatingLevel } from '@fourgood/rules';
import { ratingFilterKey, type Distribution, type DistributionKey, type FourGoodRollup, type OwnKey } from './ratings/rating.service.js';
import type { RecommendationStatsFigures } from './recommendations/recommendation.service.js';
import type { StatsKey, SubtreeStats } from './stats/stats.service.js';

/** Rows by id through the request's scoped `em`: null when absent or outside the caller's scope. */
function byId<T extends { id: number }>(em: EntityManager, entity: new () => T): DataLoader<number, T | null> {
  return new DataLoader<number, T | null>(async (ids) => {
    const found = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byKey = new Map(found.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/**
 * Every per-request DataLoader, in one catalogue. Objects by id read through the request's
 * scoped `em`; the others batch through the owning feature's service, which keeps the SQL and
 * the scope conditions. Created once per request with the services (see context.ts).
 */
export function createLoaders(em: EntityManager, services: () => Services) {
  return {
    organization: byId(em, Organization),
    member: byId(em, Member),
    meeting: byId(em, Meeting),
    /** The names an organisation carried before its renames, oldest first (hierarchy). */
    formerNamesOfOrganization: new DataLoader<number, FormerName[]>((ids) => formerNamesOf(em, ids)),
    /** The current path of the last cell of a member who has left (the scope guard). */
    lastCellOfMember: new DataLoader<number, string | null>((ids) => lastCellPaths(em, ids)),

    /** `stats` of an organisation's subtree on a date (stats). */
    subtreeStats: new DataLoader<StatsKey, SubtreeStats, string>((keys) => services().stats.loadBatch(keys), {
      cacheKeyFn: (k) => `${k.org.id}|${k.asOf}|${k.parts.join(',')}|${k.exactAges}`,
    }),
    /** Meeting figures over an organisation's subtree for a span (meetings). */
    meetingStats: new DataLoader<MeetingStatsKey, MeetingStatsFigures, string>((keys) => services().meetingStats.loadBatch(keys), {
      cacheKeyFn: (k) => `${k.org.id}|${k.from}|${k.to}`,
    }),
    attendanceOfMeeting: new DataLoader<number, Attendance[]>((ids) => services().meetings.loadAttendance(ids)),
    guestsOfMeeting: new DataLoader<number, MeetingGuest[]>((ids) => services().meetings.loadGuests(ids)),
    /** Keys "memberId|from|to". */
    attendanceOfMember: new DataLoader<string, Attendance[]>((keys) => services().meetings.loadMemberAttendance(keys)),
    qualityAssessmentOfMeeting: new DataLoader<number, Assessment | null>((ids) => services().assessments.loadQualityAssessments(ids)),
    oversightOfOrganization: new DataLoader<{ orgId: number; activeOn: string | null }, OversightAssignment[], string>(
      (keys) => services().oversight.loadByOrganization(keys),
      { cacheKeyFn: (k) => `${k.orgId}|${k.activeOn ?? ''}` },
    ),
    recommendationsOfMeeting: new DataLoader<number, Recommendation[]>((ids) => services().recommendations.loadByMeeting(ids)),
    recommendationStats: new DataLoader<Organization, RecommendationStatsFigures, number>((orgs) => services().recommendations.loadStats(orgs), {
      cacheKeyFn: (o) => o.id,
    }),
    /** Rating distributions of subtrees, by subject and year (ratings). */
    ratingDistributions: new DataLoader<DistributionKey, Distribution, string>((keys) => services().ratings.loadDistributions(keys), {
      cacheKeyFn: (k) => `${k.org.id}|${k.subject}|${k.year}|${ratingFilterKey(k.filter)}`,
    }),
    /** An organisation's own rating level in a year (list rows; ratings). */
    ownRatingLevel: new DataLoader<OwnKey, RatingLevel | null, string>((keys) => services().ratings.loadOwnLevels(keys), { cacheKeyFn: (k) => `${k.orgId}|${k.year}` }),
    /** "4 good" of an organisation with its subtree in a year (list rows; ratings). */
    fourGoodWithin: new DataLoader<OwnKey, FourGoodRollup, string>((keys) => services().ratings.loadFourGoodWithin(keys), { cacheKeyFn: (k) => `${k.orgId}|${k.year}` }),
    commitmentsOfMember: new DataLoader<{ memberId: number; year: number | null }, MemberCommitment[], string>(
      (keys) => services().competition.loadCommitments(keys),
      { cacheKeyFn: (k) => `${k.memberId}|${k.year ?? ''}` },
    ),
    awardsOfMember: new DataLoader<number, Award[]>((ids) => services().competition.loadAwards(ids)),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
