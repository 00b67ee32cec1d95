import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { SEARCH_MAX_FIRST, SEARCH_MAX_TEXT } from './search.service.js';
import { SearchMatch } from './search-match.js';

@ObjectType('OrganizationSearchHit', { description: 'An organisation found by search' })
export class OrganizationSearchHit {
  @Field(() => Organization) organization!: Organization;
  @Field(() => SearchMatch) match!: SearchMatch;
  @Field(() => String, { description: 'The name, former name or code that matched' }) matchedText!: string;
  @Field(() => [String], { description: 'Names of its ancestors within your scope, from the top down (where it is)' }) context!: string[];
}

@ObjectType('MemberSearchHit', { description: 'A member found by search' })
export class MemberSearchHit {
  @Field(() => Member) member!: Member;
  @Field(() => SearchMatch) match!: SearchMatch;
  @Field(() => String, { description: 'The name or card number that matched' }) matchedText!: string;
  @Field(() => [String], { description: 'Names of the organisations from the top of your scope down to the member’s cell' }) context!: string[];
}

@ObjectType('SearchResult', { description: 'Organisations and members within your scope matching a text' })
export class SearchResult {
  @Field(() => String, { description: 'The text searched for, as given' }) text!: string;
  @Field(() => [OrganizationSearchHit], { description: 'Best matches first: exact, start, word start, inside; higher organisations first' })
  organizations!: OrganizationSearchHit[];
  @Field(() => [MemberSearchHit], { description: 'Best matches first, then by name' }) members!: MemberSearchHit[];
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchResult, {
    description:
      'Finds organisations (name, code, former names; dissolved ones too) and members (name, card number) within your scope, ' +
      'ignoring accents and case ("tua chua" finds "Tủa Chùa"). Fewer than 2 letters find nothing; names are matched inside from 3 letters.',
  })
  search(
    @Ctx() ctx: Context,
    @Arg('text', () => String, { description: `At most ${SEARCH_MAX_TEXT} characters` }) text: string,
    @Arg('first', () => Int, { defaultValue: 8, description: `Hits per kind, 1 to ${SEARCH_MAX_FIRST}` }) first: number,
  ) {
    return ctx.search.search(text, first);
  }
}
