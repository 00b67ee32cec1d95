import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/relay.js';

/**
 * A GraphQL query an analyst keeps in the workspace, private or shared with colleagues. Running
 * it always uses the runner's own scope, so sharing a query never shares data.
 */
@Entity({ tableName: 'saved_query' })
@Index({ name: 'saved_query_owner_index', properties: ['ownerId'] })
@ObjectType('SavedQuery', { implements: Node, description: 'A query kept in the analyst workspace' })
export class SavedQuery {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'integer' })
  ownerId!: number;

  @Field(() => String, { description: 'Who saved it (user name)' })
  @Property({ type: 'string', length: 64 })
  ownerName!: string;

  /** Top of the owner's scope when saved (null: national): who may see it when shared. */
  @Property({ type: 'string', length: 1000, nullable: true })
  scopePath: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, { description: 'The GraphQL document' })
  @Property({ type: 'text' })
  query!: string;

  @Field(() => String, { nullable: true, description: 'Variables as JSON text' })
  @Property({ type: 'text', nullable: true })
  variables: string | null = null;

  @Field(() => Boolean, { description: 'Visible to colleagues of the same scope' })
  @Property({ type: 'boolean' })
  shared: boolean & Opt = false;

  @Field(() => Date)
  @Property({ type: 'Date', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  get globalId(): string & Opt {
    return toGlobalId('SavedQuery', this.id);
  }
}
