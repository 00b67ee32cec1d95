import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { CriteriaItem } from '../criteria/criteria-item.entity.js';
import { Assessment } from './assessment.entity.js';

/** The self score and the reviewer's score of one item, with notes. */
@Entity({ tableName: 'assessment_score' })
@Unique({ name: 'assessment_score_item_unique', properties: ['assessment', 'item'] })
export class AssessmentScore {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => Assessment, ref: true, deleteRule: 'cascade' })
  assessment!: Ref<Assessment>;

  @ManyToOne({ entity: () => CriteriaItem, ref: true, deleteRule: 'restrict' })
  item!: Ref<CriteriaItem>;

  @Property({ type: 'decimal', precision: 7, scale: 2, nullable: true, runtimeType: 'number' })
  selfPoints: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  selfYes: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  selfNote: string | null = null;

  @Property({ type: 'decimal', precision: 7, scale: 2, nullable: true, runtimeType: 'number' })
  reviewPoints: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  reviewYes: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  /**
   * What the recorded data gave when the assessment was opened, for an item bound to a metric:
   * the figure, the points (or yes/no) the rule gives, and the rule with its inputs. Self scores
   * start from it; a score that departs from it needs a note and shows as an override.
   */
  @Property({ type: 'decimal', precision: 12, scale: 4, nullable: true, runtimeType: 'number' })
  metricValue: number | null = null;

  @Property({ type: 'decimal', precision: 7, scale: 2, nullable: true, runtimeType: 'number' })
  metricPoints: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  metricYes: boolean | null = null;

  @Property({ type: 'json', nullable: true })
  metricDetail: (Record<string, unknown> & Opt) | null = null;
}
