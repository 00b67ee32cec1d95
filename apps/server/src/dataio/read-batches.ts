import type { HeaderMap, ImportProblem, SheetKind } from '@fourgood/rules';
import { RowChecks, type AddProblem, type StagedRow } from './row-checks.js';
import { readSheets, type ImportFile } from './sheet-reader.js';

/** Problems listed in a report (the rest only counted). */
export const MAX_LISTED = 1000;
/** Between the values of a batch's text (a control character no staged value holds; checked). */
export const SEPARATOR = '\u0001';

/** What the reading posts (read-worker.ts); `share`: the share of the run read, when it passed another 1 %. */
export type ReadMessage =
  | { type: 'header'; file: string; header: HeaderMap; share: number | null }
  | { type: 'skipped'; file: string; sheet: string; reason: 'EMPTY_SHEET' | 'UNKNOWN_SHEET' | 'UNREADABLE_FILE'; share: number | null }
  | {
      type: 'rows';
      kind: SheetKind;
      /** Rows of the file in the batch; `staged` of them passed the row checks. */
      read: number;
      staged: number;
      /** The staged rows' values one after the other, joined by SEPARATOR (null: empty), or as an array when a value holds it. */
      text: string | null;
      values: Array<string | number | null> | null;
      problems: ImportProblem[];
      /** Problems found beyond the listed ones. */
      unlisted: number;
      share: number | null;
    }
  | { type: 'end'; share: number | null };

/**
 * Parses the files (sheet-reader.ts) and checks each row on its own (row-checks.ts): headers,
 * skipped sheets, and batches of staged rows as one text each (the values joined by SEPARATOR,
 * null as empty text: a staged value is never empty) with the problems found and the share of
 * the files read; `end` at the end. Run in the reading worker (read-worker.ts), or in the
 * calling thread for a small file (reading.ts).
 */
export async function* readBatches(files: readonly ImportFile[], today: string): AsyncGenerator<ReadMessage> {
  const checks = new RowChecks(today);
  let share: number | null = null;
  let lastShare = -1;
  const takeShare = () => {
    const s = share;
    share = null;
    return s;
  };
  let listed = 0;
  let file = '';
  const headers: Partial<Record<SheetKind, HeaderMap>> = {};
  for await (const event of readSheets(files, (read, total) => {
    const s = total ? (read / total) * 0.5 : 0.5;
    if (s - lastShare >= 0.01) {
      lastShare = s;
      share = s;
    }
  })) {
    if (event.type === 'skipped') {
      yield { type: 'skipped', file: event.file, sheet: event.sheet, reason: event.reason, share: takeShare() };
      continue;
    }
    if (event.type === 'header') {
      file = event.file;
      headers[event.header.kind] = event.header;
      yield { type: 'header', file: event.file, header: event.header, share: takeShare() };
      continue;
    }
    const kind = event.kind;
    const header = headers[kind]!;
    const problems: ImportProblem[] = [];
    let unlisted = 0;
    const values: Array<string | number | null> = [];
    let joinable = true;
    let staged = 0;
    for (const r of event.rows) {
      const add: AddProblem = (column, reason, given, values) => {
        if (listed < MAX_LISTED) {
          listed++;
          problems.push({ sheet: kind, file, row: r.row, column, reason, given, values });
        } else unlisted++;
      };
      const row: StagedRow | null = kind === 'members' ? checks.memberRow(header, r.row, r.cells, add) : checks.orgRow(header, r.row, r.cells, add);
      if (!row) continue;
      staged++;
      for (const v of row) {
        if (typeof v === 'string' && v.includes(SEPARATOR)) joinable = false;
        values.push(v);
      }
    }
    // One string is one copy to the main thread; an array of strings is one object per value.
    const text = joinable ? values.map((v) => v ?? '').join(SEPARATOR) : null;
    yield { type: 'rows', kind, read: event.rows.length, staged, text, values: joinable ? null : values, problems, unlisted, share: takeShare() };
  }
  yield { type: 'end', share: takeShare() };
}
