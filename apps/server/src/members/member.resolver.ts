import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ageBandDate, ageOn } from '@fourgood/rules';
import type { Context } from '../context.js';
import { MemberPosition, MemberStatus } from '../graphql/enums.js';
import { invalid } from '../graphql/errors.js';
import { ConnectionType, idOf } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from './member.entity.js';
import {
  ChangeMemberStatusInput,
  CreateMemberInput,
  TransferMemberInput,
  UpdateMemberInput,
} from './member.inputs.js';

export const MemberConnection = ConnectionType(Member, 'Member');

@ObjectType('CellMembership', { description: 'A period of a member in one cell' })
export class CellMembership {
  @Field(() => Organization, { nullable: true, description: 'The cell; null when it lies outside your scope today (its name stays in organizationName)' })
  organization!: Organization | null;
  @Field(() => String, { description: 'Name of the cell (a historical fact, shown whatever your scope)' }) organizationName!: string;
  @Field(() => MemberPosition) position!: string;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in the cell; null while current' }) validTo!: string | null;
}

@ObjectType('StatusPeriod', { description: 'A period of one member status' })
export class StatusPeriod {
  @Field(() => MemberStatus) status!: string;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
}

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => Member, { nullable: true, description: 'One member by global id or by party card number' })
  member(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('cardNumber', () => String, { nullable: true }) cardNumber?: string | null,
  ) {
    if ((id == null) === (cardNumber == null)) throw invalid(id == null ? 'id' : 'cardNumber', 'Give either id or cardNumber', 'ONE_OF_TWO');
    return ctx.members.findVisible(id != null ? { id: idOf('Member', id, 'id') } : { cardNumber: cardNumber!.trim() }, id != null ? 'id' : 'cardNumber');
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Current cell; null once the member has left' })
  organization(@Root() member: Member, @Ctx() ctx: Context) {
    return member.organization ? ctx.loaders.organization.load(member.organization.id) : null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Date of birth: personal data, null unless you are staff or admin of the member’s organisation' })
  birthDate(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.access.can('READ_PERSONAL', member.orgPath) ? member.birthDate : null;
  }

  @FieldResolver(() => Int, { description: 'Age in whole years: today’s age if you may read the birth date, else the age reached this year (which reveals no more than the birth year)' })
  age(@Root() member: Member, @Ctx() ctx: Context) {
    // Watching an exact age tick over day by day would reveal the birthday (rules: ageBandDate).
    return ageOn(member.birthDate, ageBandDate(ctx.today, ctx.access.can('READ_PERSONAL', member.orgPath)));
  }

  @FieldResolver(() => [CellMembership], { description: 'Every cell the member has been in, oldest first' })
  async memberships(@Root() member: Member, @Ctx() ctx: Context): Promise<CellMembership[]> {
    const rows = await ctx.members.memberships(member.id);
    return rows.map((r) => ({ organization: r.organization.getEntity(), organizationName: r.organization.getEntity().name, position: r.position, validFrom: r.validFrom, validTo: r.validTo }));
  }

  @FieldResolver(() => [StatusPeriod], { description: 'Status history, oldest first' })
  async statusHistory(@Root() member: Member, @Ctx() ctx: Context): Promise<StatusPeriod[]> {
    const rows = await ctx.members.statusHistory(member.id);
    return rows.map((r) => ({ status: r.status, validFrom: r.validFrom, validTo: r.validTo }));
  }

  @Mutation(() => Member, { description: 'Registers a member in a cell' })
  createMember(@Ctx() ctx: Context, @Arg('input', () => CreateMemberInput) input: CreateMemberInput) {
    return ctx.members.create({ ...input, organizationId: idOf('Organization', input.organizationId, 'input.organizationId') });
  }

  @Mutation(() => Member, { description: 'Corrects a member record (not dated; use transfer and status changes for history)' })
  updateMember(@Ctx() ctx: Context, @Arg('input', () => UpdateMemberInput) input: UpdateMemberInput) {
    return ctx.members.update(idOf('Member', input.id, 'input.id'), input);
  }

  @Mutation(() => Member, { description: 'Transfers a member to another cell from a date' })
  transferMember(@Ctx() ctx: Context, @Arg('input', () => TransferMemberInput) input: TransferMemberInput) {
    return ctx.members.transfer(
      idOf('Member', input.id, 'input.id'),
      idOf('Organization', input.organizationId, 'input.organizationId'),
      input.effectiveOn,
    );
  }

  @Mutation(() => Member, { description: 'Records a status change from a date; leaving statuses end cell membership' })
  changeMemberStatus(@Ctx() ctx: Context, @Arg('input', () => ChangeMemberStatusInput) input: ChangeMemberStatusInput) {
    return ctx.members.changeStatus(idOf('Member', input.id, 'input.id'), input.status, input.effectiveOn);
  }
}
