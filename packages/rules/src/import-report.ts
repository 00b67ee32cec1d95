import type { SheetKind } from './people-io.js';
import type { ImportReason, ProblemValues } from './reasons/index.js';

/**
 * What an import answers, shared by the server (dataio/import.service.ts, import-jobs.ts) and
 * the app's import page (pages/dataio): the report, its problems, and an import job as
 * GET /dataio/jobs/… gives it.
 */

/** One problem of an import: the sheet, the spreadsheet row (1 is the header) and column, the reason, the text given. */
export interface ImportProblem {
  sheet: SheetKind | null;
  file: string;
  row: number | null;
  column: string | null;
  reason: ImportReason;
  given?: string;
  values?: ProblemValues;
}

export interface ImportCounts {
  organizations: { created: number; updated: number; unchanged: number };
  members: { created: number; updated: number; transferred: number; statusChanged: number; unchanged: number };
}

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  rows: { organizations: number; members: number };
  counts: ImportCounts;
  /** The first problems (at most 1,000), in file order per check. */
  problems: ImportProblem[];
  problemCount: number;
  millis: number;
  /** Milliseconds of each step (reading, organisations, checks, writing…), for benchmarks. */
  steps: Record<string, number>;
}

export type ImportPhase = 'READING' | 'CHECKING' | 'WRITING';

export interface ImportProgress {
  phase: ImportPhase;
  /** 0–1 over the whole run. */
  share: number;
}

export const IMPORT_JOB_STATES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED', 'INTERRUPTED'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

/** An import job as the app sees it (GET /dataio/jobs/…). */
export interface ImportJobView {
  id: number;
  fileName: string;
  dryRun: boolean;
  state: ImportJobState;
  phase: ImportPhase | null;
  share: number;
  report: ImportReport | null;
  error: { code: string; reason: string | null } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}
