import { csvLine } from './spreadsheet-cells.js';

/**
 * The audit log as a spreadsheet, shared by the server's streamed export (GET /dataio/audit.csv)
 * and the admin app's before/after view: one line per field of each entry, its value before and
 * after, the entry's own columns repeated; every text cell escaped against formula injection
 * (csvLine → safeText).
 */

type Json = Record<string, unknown> | null | undefined;

/** A value of an audit entry as text: dates and plain values as they are, objects as JSON. */
export function auditValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The fields of an entry, each with its value before and after (the union of both sides, in order of appearance). */
export function diffRows(before: Json, after: Json): Array<{ field: string; before: string; after: string; changed: boolean }> {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => {
    const b = auditValueText(before?.[field]);
    const a = auditValueText(after?.[field]);
    return { field, before: b, after: a, changed: b !== a };
  });
}

export interface AuditWords {
  entityTypes: Record<string, string>;
  actions: Record<string, string>;
  csv: { at: string; username: string; action: string; entityType: string; entityId: string; field: string; before: string; after: string };
}

/** The names of the audited mutations and objects, and the export's column headers, in Vietnamese and English. */
export const AUDIT_WORDS: { vi: AuditWords; en: AuditWords } = {
  vi: {
    entityTypes: { Organization: 'Tổ chức', Member: 'Đảng viên', User: 'Tài khoản', RoleGrant: 'Quyền' },
    actions: {
      createOrganization: 'Thành lập tổ chức',
      updateOrganization: 'Sửa tổ chức',
      moveOrganization: 'Chuyển tổ chức',
      mergeOrganizations: 'Hợp nhất tổ chức',
      dissolveOrganization: 'Giải thể tổ chức',
      createMember: 'Thêm đảng viên',
      updateMember: 'Sửa thông tin đảng viên',
      transferMember: 'Chuyển sinh hoạt',
      changeMemberStatus: 'Thay đổi tình trạng',
      createUser: 'Tạo tài khoản',
      resetPassword: 'Đặt lại mật khẩu',
      setUserActive: 'Khóa / mở khóa tài khoản',
      grantRole: 'Giao quyền',
      revokeGrant: 'Thu hồi quyền',
    },
    csv: { at: 'Thời điểm (UTC)', username: 'Người thực hiện', action: 'Thao tác', entityType: 'Đối tượng', entityId: 'Mã đối tượng', field: 'Mục', before: 'Trước', after: 'Sau' },
  },
  en: {
    entityTypes: { Organization: 'Organisation', Member: 'Member', User: 'Account', RoleGrant: 'Role' },
    actions: {
      createOrganization: 'Found an organisation',
      updateOrganization: 'Correct an organisation',
      moveOrganization: 'Move an organisation',
      mergeOrganizations: 'Merge organisations',
      dissolveOrganization: 'Dissolve an organisation',
      createMember: 'Add a member',
      updateMember: 'Correct a member',
      transferMember: 'Transfer a member',
      changeMemberStatus: 'Change a status',
      createUser: 'Create an account',
      resetPassword: 'Reset a password',
      setUserActive: 'Activate / deactivate',
      grantRole: 'Grant a role',
      revokeGrant: 'Revoke a role',
    },
    csv: { at: 'At (UTC)', username: 'Who', action: 'Action', entityType: 'Object', entityId: 'Object id', field: 'Field', before: 'Before', after: 'After' },
  },
};

/** The byte-order mark: Excel reads the file as UTF-8 (Vietnamese letters) only with it. */
export const CSV_BOM = '\uFEFF';

export interface AuditCsvEntry {
  at: string;
  username: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: Json;
  after?: Json;
}

/** The header line (no line end). */
export function auditCsvHeader(words: AuditWords): string {
  const c = words.csv;
  return csvLine([c.at, c.username, c.action, c.entityType, c.entityId, c.field, c.before, c.after]);
}

/** The lines of one entry (no line ends): one per field, or one with empty fields for an entry without values. */
export function auditCsvLines(e: AuditCsvEntry, words: AuditWords): string[] {
  const head = [e.at, e.username, words.actions[e.action] ?? e.action, words.entityTypes[e.entityType] ?? e.entityType, e.entityId];
  const rows = diffRows(e.before, e.after);
  if (rows.length === 0) return [csvLine([...head, '', '', ''])];
  return rows.map((r) => csvLine([...head, r.field, r.before, r.after]));
}
