import { csvLine } from '@fourgood/rules';
import type { AuditLogQuery } from '../../gql/graphql';
import type { ManageDict } from '../../i18n/manage.vi';
import { diffRows } from '../manage/ChangeDiff';

export type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

/** The byte-order mark: Excel reads the file as UTF-8 (Vietnamese letters) only with it. */
const BOM = '\uFEFF';

/**
 * The audit entries as CSV for a spreadsheet: one line per field of each entry (its value before
 * and after), the entry's own columns repeated; every text cell escaped against formula injection
 * (csvLine → safeText in packages/rules/src/spreadsheet-cells.ts).
 */
export function auditCsv(entries: readonly AuditEntry[], words: ManageDict['audit']): string {
  const c = words.csv;
  const lines = [csvLine([c.at, c.username, c.action, c.entityType, c.entityId, c.field, c.before, c.after])];
  for (const e of entries) {
    const head = [e.at, e.username, words.actions[e.action] ?? e.action, words.entityTypes[e.entityType] ?? e.entityType, e.entityId];
    const rows = diffRows(e.before, e.after);
    if (rows.length === 0) lines.push(csvLine([...head, '', '', '']));
    for (const r of rows) lines.push(csvLine([...head, r.field, r.before, r.after]));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Hands a file to the browser's download. */
export function download(text: string, name: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the object URL by now; it is released a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
