import { describe, expect, it } from 'vitest';
import { manageEn } from '../../i18n/manage.en';
import { manageVi } from '../../i18n/manage.vi';
import { auditCsv, type AuditEntry } from './auditCsv';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  at: '2026-12-01T03:04:05.000Z',
  username: 'canbo.laocai',
  action: 'updateOrganization',
  entityType: 'Organization',
  entityId: 'T3JnYW5pemF0aW9uOjE=',
  before: { name: 'Chi bộ 1', code: 'CB-1' },
  after: { name: '=HYPERLINK("http://x","bấm")', code: 'CB-1' },
  ...over,
});

describe('auditCsv', () => {
  it('writes one line per field, before and after side by side, with the words of the language', () => {
    const lines = auditCsv([entry({})], manageVi.audit).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Thời điểm (UTC),Người thực hiện,Thao tác,Đối tượng,Mã đối tượng,Mục,Trước,Sau');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('2026-12-01T03:04:05.000Z,canbo.laocai,Sửa tổ chức,Tổ chức,T3JnYW5pemF0aW9uOjE=,code,CB-1,CB-1');
    expect(auditCsv([entry({})], manageEn.audit)).toContain('Correct an organisation');
  });

  it('escapes a value a spreadsheet would run as a formula', () => {
    const csv = auditCsv([entry({})], manageVi.audit);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  it('keeps an entry without values as one line, and starts with the byte-order mark for Excel', () => {
    const csv = auditCsv([entry({ before: null, after: null, action: 'someNewAction' })], manageVi.audit);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trimEnd().split('\r\n')[1]).toBe('2026-12-01T03:04:05.000Z,canbo.laocai,someNewAction,Tổ chức,T3JnYW5pemF0aW9uOjE=,,,');
  });
});
