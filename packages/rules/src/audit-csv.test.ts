import { describe, expect, it } from 'vitest';
import { AUDIT_WORDS, auditCsvHeader, auditCsvLines, type AuditCsvEntry } from './audit-csv.js';

const entry = (over: Partial<AuditCsvEntry>): AuditCsvEntry => ({
  at: '2026-12-01T03:04:05.000Z',
  username: 'canbo.laocai',
  action: 'updateOrganization',
  entityType: 'Organization',
  entityId: 'T3JnYW5pemF0aW9uOjE=',
  before: { name: 'Chi bộ 1', code: 'CB-1' },
  after: { name: '=HYPERLINK("http://x","bấm")', code: 'CB-1' },
  ...over,
});

describe('audit CSV lines', () => {
  it('writes one line per field, before and after side by side, with the words of the language', () => {
    expect(auditCsvHeader(AUDIT_WORDS.vi)).toBe('Thời điểm (UTC),Người thực hiện,Thao tác,Đối tượng,Mã đối tượng,Mục,Trước,Sau');
    const lines = auditCsvLines(entry({}), AUDIT_WORDS.vi);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('2026-12-01T03:04:05.000Z,canbo.laocai,Sửa tổ chức,Tổ chức,T3JnYW5pemF0aW9uOjE=,code,CB-1,CB-1');
    expect(auditCsvLines(entry({}), AUDIT_WORDS.en)[0]).toContain('Correct an organisation');
  });

  it('escapes a value a spreadsheet would run as a formula', () => {
    const text = auditCsvLines(entry({}), AUDIT_WORDS.vi).join('\r\n');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(text).not.toMatch(/,=HYPERLINK/);
  });

  it('keeps an entry without values as one line; an unknown action stays as its code', () => {
    expect(auditCsvLines(entry({ before: null, after: null, action: 'someNewAction' }), AUDIT_WORDS.vi)).toEqual([
      '2026-12-01T03:04:05.000Z,canbo.laocai,someNewAction,Tổ chức,T3JnYW5pemF0aW9uOjE=,,,',
    ]);
  });
});
