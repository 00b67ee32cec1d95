import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { CRITERIA_MODELS, type CriteriaModelName } from '../criteria/criteria-table.entity.js';
import { Organization } from '../hierarchy/organization.entity.js';

/** An organisation registered for a model over a span of years (e.g. "4 good", 2023–2025). */
@Entity({ tableName: 'model_registration' })
@Unique({ name: 'model_registration_unique', properties: ['organization', 'model', 'fromYear'] })
@Index({ name: 'model_registration_model_index', properties: ['model', 'fromYear', 'toYear'] })
export class ModelRegistration {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @Enum({ items: () => [...CRITERIA_MODELS], type: 'string' })
  model!: CriteriaModelName;

  @Property({ type: 'integer' })
  fromYear!: number;

  @Property({ type: 'integer' })
  toYear!: number;

  @Property({ type: 'date' })
  registeredOn!: string;

  @Property({ type: 'integer' })
  rootId!: number;

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
