import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { ItemKindEnum, VetoEffectEnum } from './criteria.enums.js';
import { CriteriaGroup } from './criteria-group.entity.js';
import { CriteriaTable } from './criteria-table.entity.js';

export const ITEM_KINDS = ['SCORED', 'YES_NO', 'DEDUCTION', 'BONUS', 'VETO'] as const;
export type ItemKindName = (typeof ITEM_KINDS)[number];
export const VETO_EFFECTS = ['BLOCKS_TOP', 'FORCES_LOWEST'] as const;
export type VetoEffectName = (typeof VETO_EFFECTS)[number];

/** One item of a criteria table: what is scored, how, and out of how many points. */
@Entity({ tableName: 'criteria_item' })
@ObjectType('CriteriaItem')
@Unique({ name: 'criteria_item_code_unique', properties: ['table', 'code'] })
export class CriteriaItem {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => CriteriaTable, ref: true, deleteRule: 'cascade' })
  table!: Ref<CriteriaTable>;

  @ManyToOne({ entity: () => CriteriaGroup, ref: true, deleteRule: 'cascade' })
  group!: Ref<CriteriaGroup>;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  guidance: string | null = null;

  @Field(() => ItemKindEnum)
  @Enum({ items: () => [...ITEM_KINDS], type: 'string' })
  kind!: ItemKindName;

  @Field(() => Float)
  @Property({ type: 'decimal', precision: 7, scale: 2, runtimeType: 'number' })
  maxPoints!: number;

  @Field(() => VetoEffectEnum, { nullable: true })
  @Enum({ items: () => [...VETO_EFFECTS], type: 'string', nullable: true })
  vetoEffect: VetoEffectName | null = null;

  /** A figure computed from recorded data that fills this item (meetings issue), e.g. "attendance_rate". */
  @Field(() => String, { nullable: true, description: 'Recorded figure that fills this item, if any' })
  @Property({ type: 'string', length: 64, nullable: true })
  metric: string | null = null;

  @Property({ type: 'integer' })
  position!: number;
}
