import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs } from '../graphql/relay.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Recommendation, type RecommendationStatus } from './recommendation.entity.js';
import { RecommendationStatusEnum } from './recommendation.enums.js';
import { RaiseRecommendationInput, RecommendationStatsType, UpdateRecommendationInput } from './recommendation.types.js';
import { cost, COST } from '../graphql/cost.js';

export const RecommendationConnection = ConnectionType(Recommendation, 'Recommendation');

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'Where it was raised' })
  organization(@Root() r: Recommendation, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(r.organization.id);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting it was raised at' })
  meeting(@Root() r: Recommendation, @Ctx() ctx: Context) {
    return r.meeting ? ctx.recommendations.meeting(r.meeting.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The committee it was escalated to; null when not escalated or outside your scope' })
  escalatedTo(@Root() r: Recommendation, @Ctx() ctx: Context) {
    return r.escalatedTo ? ctx.loaders.organization.load(r.escalatedTo.id) : null;
  }

  @Mutation(() => Recommendation, { description: 'Records a recommendation raised at a meeting (EDIT on the organisation)' })
  raiseRecommendation(@Ctx() ctx: Context, @Arg('input', () => RaiseRecommendationInput) input: RaiseRecommendationInput) {
    return ctx.recommendations.raise({
      organizationId: idOf('Organization', input.organizationId, 'input.organizationId'),
      meetingId: optionalIdOf('Meeting', input.meetingId, 'input.meetingId'),
      text: input.text,
      raisedBy: input.raisedBy,
      raisedOn: input.raisedOn,
      escalatedToId: optionalIdOf('Organization', input.escalatedToId, 'input.escalatedToId'),
      escalatedOn: input.escalatedOn,
    });
  }

  @Mutation(() => Recommendation, { description: 'Moves a recommendation on (in progress, resolved, declined), escalates it, or corrects its text' })
  updateRecommendation(@Ctx() ctx: Context, @Arg('input', () => UpdateRecommendationInput) input: UpdateRecommendationInput) {
    return ctx.recommendations.update(idOf('Recommendation', input.id, 'input.id'), input.expectedVersion, {
      status: input.status,
      resolutionNote: input.resolutionNote,
      closedOn: input.closedOn,
      escalatedToId: optionalIdOf('Organization', input.escalatedToId, 'input.escalatedToId'),
      escalatedOn: input.escalatedOn,
      text: input.text,
      raisedBy: input.raisedBy,
    });
  }
}

@Resolver(() => Organization)
export class OrganizationRecommendationResolver {
  @FieldResolver(() => RecommendationConnection, { description: 'Recommendations raised in its subtree, newest first' })
  recommendations(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => [RecommendationStatusEnum], { nullable: true }) status?: RecommendationStatus[] | null,
  ) {
    return ctx.recommendations.inSubtree(org, status, page);
  }

  @FieldResolver(() => RecommendationStatsType, { description: 'Recommendations in its subtree by status, and how old the open ones are (batched across a list)', complexity: cost.of(COST.batched) })
  recommendationStats(@Root() org: Organization, @Ctx() ctx: Context) {
    return ctx.recommendations.stats(org);
  }
}

@Resolver(() => Meeting)
export class MeetingRecommendationResolver {
  @FieldResolver(() => [Recommendation], { description: 'Recommendations raised at this meeting' })
  recommendations(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.recommendations.ofMeeting(meeting.id);
  }
}
