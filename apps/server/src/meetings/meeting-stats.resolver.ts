import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { MEETING_STATS_MAX_YEARS, meetingStatsSpan, type MeetingSpanProblem } from '@fourgood/rules';
import type { Context } from '../context.js';
import { invalid } from '../graphql/errors.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../hierarchy/organization.entity.js';
import type { MeetingStatsFigures } from './meeting-stats.service.js';
import { MeetingStats } from './meeting-stats.types.js';
import { cost, COST } from '../graphql/cost.js';

const MESSAGES: Record<MeetingSpanProblem['code'], string> = {
  YEAR_OR_SPAN: 'Give either a year or a span (from and to), not both',
  SPAN_INCOMPLETE: 'Give both the first and the last day of the span',
  BAD_DATE: 'Expected a date as YYYY-MM-DD',
  BAD_YEAR: 'The year must be a past or the current year',
  FUTURE_DATE: 'The span cannot start in the future',
  TO_BEFORE_FROM: 'The last day is before the first',
  SPAN_TOO_LONG: `The span can be at most ${MEETING_STATS_MAX_YEARS} years`,
};

@Resolver(() => Organization)
export class MeetingStatsResolver {
  @FieldResolver(() => MeetingStats, {
    complexity: cost.perYear(4 * COST.batched),
    description: 'Meeting figures over its subtree (itself included) for a year, or from–to (at most 5 years); by default the current year up to today',
  })
  async meetingStats(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string | null,
  ): Promise<MeetingStatsFigures> {
    const span = meetingStatsSpan({ year, from, to }, ctx.today);
    if ('field' in span) throw invalid(span.field, MESSAGES[span.code], span.code);
    // The organisation must be visible: rows of a list were read through the scope filter, so the
    // in-memory check passes for them without a lookup per row; otherwise require() answers
    // FORBIDDEN or NOT_FOUND.
    const visible = ctx.access.can('READ', org.path) ? org : await ctx.hierarchy.require(org.id, 'id');
    return ctx.meetingStats.subtree(visible, span.from, span.to);
  }
}
