import { describe, expect, it } from 'vitest';
import { hasLetter, personNameSortKey, SORT_KEY_LENGTH, vietnameseSortKey } from './sort-key.js';

/** Sorts by the key with plain code-unit comparison, as a database's binary collation does. */
const byKey = (key: (s: string) => string) => (list: string[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const sortText = byKey(vietnameseSortKey);
const sortPeople = byKey(personNameSortKey);

describe('vietnameseSortKey', () => {
  it('orders letters as the alphabet: a ă â b c d đ e ê … o ô ơ … u ư', () => {
    expect(sortText(['ư', 'u', 'ơ', 'ô', 'o', 'ê', 'e', 'đ', 'd', 'c', 'b', 'â', 'ă', 'a'])).toEqual(['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư']);
    // Every word in D comes before the first in Đ, whatever follows.
    expect(sortText(['Đa', 'Dung', 'Dzũng', 'Đà'])).toEqual(['Dung', 'Dzũng', 'Đa', 'Đà']);
  });

  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sortText(['ạ', 'á', 'ã', 'ả', 'à', 'a'])).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
    expect(sortText(['Ánh', 'Anh', 'Ảnh'])).toEqual(['Anh', 'Ảnh', 'Ánh']);
  });

  it('compares letters before the tone within a syllable, syllable by syllable', () => {
    // "an" < "anh" whatever the tones; "anh …" before "ánh" (dictionary order by word).
    expect(sortText(['anh', 'án', 'an'])).toEqual(['an', 'án', 'anh']);
    expect(sortText(['ánh sáng', 'anh em', 'ánh', 'anh'])).toEqual(['anh', 'anh em', 'ánh', 'ánh sáng']);
  });

  it('ignores case and the Unicode form (precomposed or combining marks)', () => {
    expect(vietnameseSortKey('TỦA CHÙA')).toBe(vietnameseSortKey('tủa chùa'));
    expect(vietnameseSortKey('Tu\u0309a Chu\u0300a')).toBe(vietnameseSortKey('Tủa Chùa'));
    // A tone written before the vowel mark (NFD order varies) gives the same key.
    expect(vietnameseSortKey('\u1ea5')).toBe(vietnameseSortKey('a\u0302\u0301'));
  });

  it('orders numbers by value and before words', () => {
    expect(sortText(['Chi bộ 10', 'Chi bộ 2', 'Chi bộ 1', 'Chi bộ A'])).toEqual(['Chi bộ 1', 'Chi bộ 2', 'Chi bộ 10', 'Chi bộ A']);
  });

  it('is plain ASCII and bounded', () => {
    expect(vietnameseSortKey('Đảng bộ xã Tủa Chùa, số 7')).toMatch(/^[\x20-\x7e]*$/);
    expect(vietnameseSortKey('1 '.repeat(300)).length).toBeLessThanOrEqual(SORT_KEY_LENGTH);
  });
});

describe('personNameSortKey', () => {
  it('orders by given name, then middle name, then family name', () => {
    expect(sortPeople(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn An', 'Lê An'])).toEqual(['Lê An', 'Trần Thị An', 'Lê Văn An', 'Nguyễn Văn Bình']);
    // Same given and middle names: the family name decides.
    expect(sortPeople(['Vũ Văn Dũng', 'Đỗ Văn Dũng', 'Bùi Văn Dũng'])).toEqual(['Bùi Văn Dũng', 'Đỗ Văn Dũng', 'Vũ Văn Dũng']);
  });

  it('puts "Ánh" after "Anh" and "Đ" after "D" in given names', () => {
    expect(sortPeople(['Phạm Thị Ánh', 'Vũ Thị Anh', 'Lê Văn Đức', 'Hoàng Văn Dũng'])).toEqual(['Vũ Thị Anh', 'Phạm Thị Ánh', 'Hoàng Văn Dũng', 'Lê Văn Đức']);
  });

  it('takes a one-word name and extra spaces', () => {
    expect(personNameSortKey('  An  ')).toBe(vietnameseSortKey('An'));
    expect(personNameSortKey('Nguyễn  Văn   An')).toBe(personNameSortKey('Nguyễn Văn An'));
  });
});

describe('hasLetter', () => {
  it('finds a letter of the alphabet in any case, form or company, and nothing in digits, punctuation, marks or other scripts', () => {
    for (const name of ['Nguyễn Văn An', 'Ư.', 'đ', 'Đ', 'U\u031b', '... Đ', 'Nguyễn Văn 2', 'A.', 'ê-đê', 'Zô']) expect(hasLetter(name), name).toBe(true);
    for (const name of ['', '\\.', '...', '---', '123', '- 1 -', '\u0301', '\u0301\u0323', '王', 'Ａ', '½']) expect(hasLetter(name), name).toBe(false);
  });

  it('is true exactly when the sort key has a letter: a name without one had an empty key', () => {
    for (const name of ['Nguyễn Văn An', 'Ư.', '...', '---', '123', '\u0301', '王']) {
      expect(hasLetter(name), name).toBe(/[A-Z[\\\]^_`a]/.test(vietnameseSortKey(name)));
    }
    expect(personNameSortKey('...')).toBe('');
  });
});
