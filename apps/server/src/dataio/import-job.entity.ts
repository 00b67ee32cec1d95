import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ImportJobState } from '@fourgood/rules';

export { IMPORT_JOB_STATES, type ImportJobState } from '@fourgood/rules';

/**
 * One import started from the app (POST /dataio/import): it runs in the background and the page
 * polls it (dataio/import-jobs.ts). Kept in the database, so that every API process on
 * PostgreSQL answers for it and a reloaded page finds it again. The command line does not use
 * jobs (it prints the report itself).
 */
@Entity({ tableName: 'import_job' })
@Index({ name: 'import_job_user_index', properties: ['userId', 'id'] })
@Index({ name: 'import_job_state_index', properties: ['state'] })
export class ImportJob {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** Who started it (app_user.id). */
  @Property({ type: 'integer' })
  userId!: number;

  /**
   * The importer's EDIT scope when the job started: the path of the organisation under which
   * all their EDIT grants lie (the deepest common ancestor), or null for national scope or grants
   * in several provinces. An admin reads the job only if their scope covers this path.
   */
  @Property({ type: 'string', length: 1000, nullable: true })
  scopePath: string | null = null;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'boolean' })
  dryRun!: boolean;

  @Property({ type: 'string', length: 16 })
  state!: ImportJobState;

  /** READING, CHECKING or WRITING while it runs (ImportProgress). */
  @Property({ type: 'string', length: 16, nullable: true })
  phase: string | null = null;

  /** Progress over the whole run, 0–1. */
  @Property({ type: 'double' })
  share: number = 0;

  /** The import report (ImportReport) once DONE. */
  @Property({ type: 'json', nullable: true })
  report: Record<string, unknown> | null = null;

  /** Once FAILED: the typed error code (VALIDATION_FAILED, INTERNAL…) and its reason, if any. */
  @Property({ type: 'string', length: 32, nullable: true })
  errorCode: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  errorReason: string | null = null;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  finishedAt: Date | null = null;

  /** The heartbeat: written with each progress step and every few seconds while the job runs (PostgreSQL). */
  @Property({ type: 'Date' })
  updatedAt!: Date;
}
