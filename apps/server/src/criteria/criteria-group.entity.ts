import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { CriteriaTable } from './criteria-table.entity.js';

/** A content group of a table (for "4 good": the four contents). */
@Entity({ tableName: 'criteria_group' })
@ObjectType('CriteriaGroup')
@Unique({ name: 'criteria_group_code_unique', properties: ['table', 'code'] })
export class CriteriaGroup {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => CriteriaTable, ref: true, deleteRule: 'cascade' })
  table!: Ref<CriteriaTable>;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Field(() => Float, { nullable: true, description: 'Minimum points of the group for the top level and "4 good"' })
  @Property({ type: 'decimal', precision: 7, scale: 2, nullable: true, runtimeType: 'number' })
  minPoints: number | null = null;
}
