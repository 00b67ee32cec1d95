import { describe, expect, it } from 'vitest';
import { criteriaVi, scoringVi } from './criteria.vi';
import { dataioVi } from './dataio.vi';
import { glossaryVi } from './glossary';
import { loginVi } from './login';
import { manageVi } from './manage.vi';
import { meetingsVi } from './meetings.vi';
import { vi } from './vi';

/**
 * Issue #13 §6: the Vietnamese interface says everything in Vietnamese, with one wording per term
 * (glossary.ts, docs/glossary.md). Every text of the Vietnamese dictionaries is read (sentences
 * built by functions are built with "1" for every value) and checked for enum codes, snake_case
 * codes, English words and the variants of the glossary's terms.
 */
const DICTIONARIES = { vi, criteriaVi, scoringVi, manageVi, meetingsVi, dataioVi, loginVi };

/** Every text of a dictionary with where it is, functions called with "1" for each argument. */
function texts(value: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, () => '1');
    texts((value as (...a: string[]) => unknown)(...args), `${path}()`, out);
  } else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) texts(v, `${path}.${k}`, out);
  return out;
}

/** GraphQL source, not a sentence: the workspace's first query. */
const CODE_TEXTS = new Set(['vi.workspace.defaultQuery']);
const ALL = Object.entries(DICTIONARIES)
  .flatMap(([name, dict]) => texts(dict, name, []))
  .filter(([path]) => !CODE_TEXTS.has(path));

/** Names and formats that are the same in every language. */
const PROPER = ['FourGood', 'GraphQL', 'GraphiQL', 'Excel', 'CSV', 'XLSX', 'UTF-8', 'PDF', 'ID', 'Ctrl', 'Enter', 'Tab', 'Esc', 'Shift', 'Alt', 'Delete', 'Zalo', 'URL'];
/** English words a Vietnamese text has no reason to hold (none of them is a Vietnamese syllable). */
const ENGLISH = /\b(the|and|of|with|from|agency|item|items|metric|kind|group|table|yes|error|save|cancel|delete|member|members|organization|organisation|score|scored|deduction|bonus|veto|draft|published|status|click|select|loading|search|none|null|undefined|true|false|NaN|object|please|file|import|export|rating|level|cell|committee|meeting|meetings|user|users|role|admin|staff|leader|analyst|reached|registered)\b/i;

function stripProper(text: string): string {
  let t = text;
  for (const p of PROPER) t = t.split(p).join(' ');
  return t;
}

describe('the Vietnamese dictionaries', () => {
  it('are read whole (a few hundred texts)', () => {
    expect(ALL.length).toBeGreaterThan(800);
  });

  it('hold no enum or snake_case code', () => {
    const codes = ALL.filter(([, t]) => /\b[A-Z]{2,}_[A-Z_]+\b|\b[a-z]+_[a-z_]+\b/.test(stripProper(t)));
    expect(codes).toEqual([]);
  });

  it('hold no English word', () => {
    const english = ALL.filter(([, t]) => ENGLISH.test(stripProper(t)));
    expect(english).toEqual([]);
  });

  it('name the rating levels in the glossary’s words: “… nhiệm vụ” in full, or the short label alone', () => {
    const shortLabels = new Set<string>(Object.values(glossaryVi.levelShort));
    const variants = ALL.filter(([, t]) => !shortLabels.has(t) && /hoàn thành (xuất sắc|tốt)(?! nhiệm vụ)/i.test(t.replace(/“|”/g, '')));
    expect(variants).toEqual([]);
  });

  it('never say “Đảng bộ 4 tốt” (a committee is “Đảng bộ cơ sở 4 tốt”, a cell “Chi bộ 4 tốt”)', () => {
    expect(ALL.filter(([, t]) => /Đảng bộ “?4 tốt/i.test(t))).toEqual([]);
    expect(criteriaVi.enums.model.FOUR_GOOD_CELL).toBe(glossaryVi.fourGoodCell);
    expect(criteriaVi.enums.model.FOUR_GOOD_COMMITTEE).toBe(glossaryVi.fourGoodCommittee);
  });

  it('catch what they should (the checks can fail)', () => {
    expect(/\b[A-Z]{2,}_[A-Z_]+\b/.test('Loại YES_NO')).toBe(true);
    expect(ENGLISH.test('Bảng (agency)')).toBe(true);
    expect(/hoàn thành (xuất sắc|tốt)(?! nhiệm vụ)/i.test('Hoàn thành xuất sắc')).toBe(true);
    expect(/hoàn thành (xuất sắc|tốt)(?! nhiệm vụ)/i.test('Hoàn thành xuất sắc nhiệm vụ')).toBe(false);
  });
});
