import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/**
 * One change made through the API: who, when, what, and the values before and after. Written in
 * the same transaction as the change, so a change without its entry cannot exist.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_path_index', properties: ['orgPath', 'at'] })
@Index({ name: 'audit_entry_user_index', properties: ['userId', 'at'] })
@ObjectType('AuditEntry', { description: 'A change made through the API' })
export class AuditEntry {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => Date, { description: 'When (UTC timestamp)' })
  @Property({ type: 'Date' })
  at!: Date;

  /** Null for changes made by the system (demo data, command-line tools). */
  @Property({ type: 'integer', nullable: true })
  userId: number | null = null;

  @Field(() => String, { description: 'Who: the user name, or "system"' })
  @Property({ type: 'string', length: 64 })
  username!: string;

  @Field(() => String, { description: 'The mutation, e.g. moveOrganization' })
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Field(() => String, { description: 'Organization, Member, User or RoleGrant' })
  @Property({ type: 'string', length: 32 })
  entityType!: string;

  @Field(() => ID, { description: 'Global id of the changed object' })
  @Property({ type: 'string', length: 64 })
  entityId!: string;

  /** Path of the organisation concerned (the member's cell for members), for scoped reading. */
  @Property({ type: 'string', length: 1000, nullable: true })
  orgPath: string | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values before the change; null for a creation' })
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values after the change' })
  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;
}
