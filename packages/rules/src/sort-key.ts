/**
 * Sort keys that order Vietnamese text the way Vietnamese dictionaries and name lists do, as
 * plain ASCII strings: a database orders them correctly by byte (SQLite's BINARY collation,
 * PostgreSQL `COLLATE "C"`), so a list sorted by name is an indexed ORDER BY, not JavaScript.
 *
 * The convention (Unicode CLDR's Vietnamese collation, common/collation/vi.xml, which follows the
 * order of the alphabet taught in schools and used by dictionaries such as Hoàng Phê's Từ điển
 * tiếng Việt):
 * - letters: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (the foreign letters f j w z
 *   at their Latin places), so "Đ" comes after every "D" and "Ă" after every "A";
 * - tones: ngang (none) < huyền (`) < hỏi (?) < ngã (~) < sắc (´) < nặng (.) — CLDR: `&̀<<̉<<̃<<́<<̣`;
 * - the tone counts after the letters of its syllable and before the next syllable (dictionary
 *   order, word by word: "anh", "anh em", "ánh", "ánh sáng"); case does not count;
 * - numbers by value ("Chi bộ 2" before "Chi bộ 10").
 *
 * Member names (family, middle, given: "Nguyễn Văn An") are ordered by the given name, then the
 * middle name, then the family name, as Vietnamese name lists are.
 */

/** Letters in alphabet order; each maps to one ASCII character from 'A' upwards. */
const LETTERS = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const LETTER_CODE = new Map(LETTERS.map((l, i) => [l, String.fromCharCode(0x41 + i)]));

/** Vowel marks that make another letter (after NFD): breve, circumflex, horn. */
const VOWEL_MARKS: Record<string, Record<string, string>> = {
  '\u0306': { a: 'ă' },
  '\u0302': { a: 'â', e: 'ê', o: 'ô' },
  '\u031b': { o: 'ơ', u: 'ư' },
};

/** Tone marks (after NFD) → rank: ngang 0, huyền 1, hỏi 2, ngã 3, sắc 4, nặng 5. */
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };

/** Between the parts of a person's name (given / middle / family): below everything else. */
const PART_SEPARATOR = ' ';
/** After each word, so a shorter word sorts before its longer continuation ("an" < "anh"). */
const WORD_END = '!';
/** Tone characters: above WORD_END, below digits and letters. */
const TONE_CODE = ['"', '#', '$', '%', '&', "'"];
/** Digit runs are padded to this width so that numbers sort by value. */
const NUMBER_WIDTH = 9;

/** The words of `text` as sort-key pieces, in order. */
function wordKeys(text: string): string[] {
  const keys: string[] = [];
  const chars = [...text.normalize('NFD').toLowerCase()];
  let letters = '';
  let digits = '';
  let tone = 0;
  const endWord = () => {
    if (letters) keys.push(letters + TONE_CODE[tone]! + WORD_END);
    if (digits) keys.push(digits.replace(/^0+(?=\d)/, '').padStart(NUMBER_WIDTH, '0') + WORD_END);
    letters = '';
    digits = '';
    tone = 0;
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/[0-9]/.test(ch)) {
      if (letters) endWord();
      digits += ch;
      continue;
    }
    let letter = ch;
    let code = LETTER_CODE.get(letter);
    if (code === undefined) {
      if (TONES[ch] !== undefined) {
        tone = TONES[ch]!;
        continue;
      }
      if (/\p{M}/u.test(ch)) continue; // another combining mark: no weight
      endWord(); // a space, punctuation or another script: a word boundary
      continue;
    }
    if (digits) endWord();
    // The marks that follow: a vowel mark changes the letter, a tone mark sets the syllable's tone.
    while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1]!)) {
      const mark = chars[++i]!;
      const changed = VOWEL_MARKS[mark]?.[letter];
      if (changed) letter = changed;
      else if (TONES[mark] !== undefined) tone = TONES[mark]!;
    }
    code = LETTER_CODE.get(letter)!;
    letters += code;
  }
  endWord();
  return keys;
}

/**
 * Whether `text` has a letter of the alphabet above (Vietnamese's, with f j w z), whatever its
 * case, marks or the digits and punctuation around it: what a member's or an organisation's name
 * must have. A name without one ("...", "---", "\.", "123") is no name, and its sort key has no
 * letter to order by: for one word the key was empty, which an import staged as null and the
 * database refused (NOT NULL) instead of listing the row. Letters of other scripts do not count:
 * the sort key gives them no weight either.
 */
export function hasLetter(text: string): boolean {
  // Nearly every name has a plain Latin letter: one regular expression, no normalisation.
  if (/[A-Za-z]/.test(text)) return true;
  for (const ch of text.normalize('NFD').toLowerCase()) if (LETTER_CODE.has(ch)) return true;
  return false;
}

/** Sort key of a name or any text (organisation names): word by word, in the alphabet's order. */
export function vietnameseSortKey(text: string): string {
  return wordKeys(text).join('').slice(0, SORT_KEY_LENGTH);
}

/**
 * Sort key of a person's full name written family-middle-given ("Nguyễn Thị Ánh"): the given
 * name first, then the middle name(s), then the family name.
 */
export function personNameSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return vietnameseSortKey(words[0] ?? '');
  const given = words[words.length - 1]!;
  const family = words[0]!;
  const middle = words.slice(1, -1).join(' ');
  return [partKey(given), partKey(middle), partKey(family)].join(PART_SEPARATOR).slice(0, SORT_KEY_LENGTH);
}

/**
 * The key of one part of a person's name, remembered: names are made of a few thousand syllables
 * and middle names, so an import of 500,000 members computes each of them once instead of once a
 * row (the key was a sixth of an import's reading time). Bounded: emptied when full.
 */
const partKeys = new Map<string, string>();
const PART_KEYS_MAX = 50_000;
function partKey(part: string): string {
  let key = partKeys.get(part);
  if (key === undefined) {
    key = vietnameseSortKey(part);
    if (part.length > 64) return key;
    if (partKeys.size >= PART_KEYS_MAX) partKeys.clear();
    partKeys.set(part, key);
  }
  return key;
}

/** Length of the sort-key columns; longer keys (only with hundreds of characters of name) are cut. */
export const SORT_KEY_LENGTH = 1000;
