import { Collection, Entity, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';
import { RoleGrant } from './role-grant.entity.js';

/** A person who signs in. The password is kept only as an argon2id hash. */
@Entity({ tableName: 'app_user' })
@ObjectType('User', { implements: Node, description: 'An account of the admin app' })
export class User {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Sign-in name, lower case' })
  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Boolean, { description: 'Inactive accounts cannot sign in' })
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @OneToMany({ entity: () => RoleGrant, mappedBy: 'user' })
  grants = new Collection<RoleGrant>(this);

  /**
   * Who created the account (null: seeds and tools). Until it is granted a role, an account
   * belongs to the scope of its creator: only admins whose scope covers one of the creator's
   * grants see and manage it.
   */
  @Property({ type: 'integer', nullable: true })
  createdById: number | null = null;

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  get globalId(): string & Opt {
    return toGlobalId('User', this.id);
  }
}
