/**
 * Folds Vietnamese text for accent- and case-insensitive search: "Thành Công" and
 * "thanh cong" fold to the same key. The đ/Đ letter is not a combining mark, so it is mapped by hand.
 */
export function foldText(input: string): string {
  // Fast path (the importer folds every name of a file): Latin letters, Vietnamese's precomposed
  // ones included, fold one character at a time, which gives the same key as the whole string
  // (each of them starts its own decomposition; no final sigma among them). Anything else — a
  // combining mark, another script — takes the whole-string way.
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : input[i];
    else if (code < 0x250 || (code >= 0x1e00 && code < 0x1f00)) out += foldChar(input[i]!);
    else return foldWhole(input);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The fold of whole text (the definition; the fast path above must agree with it). */
export function foldWhole(input: string): string {
  return foldLetters(input).replace(/\s+/g, ' ').trim();
}

function foldLetters(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const folded = new Map<string, string>();
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    f = foldLetters(c);
    folded.set(c, f);
  }
  return f;
}
