import { describe, expect, it } from 'vitest';
import { foldText, foldWhole } from './text.js';

describe('foldText', () => {
  it('folds Vietnamese names without accents or case', () => {
    expect(foldText('  Nguyễn  Thị Đào ')).toBe('nguyen thi dao');
    expect(foldText('ĐẶNG VĂN ƯỚC')).toBe('dang van uoc');
  });

  it('agrees with the whole-string fold on every Latin character and on mixed text', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x250; c++) chars.push(String.fromCharCode(c));
    for (let c = 0x1e00; c < 0x1f00; c++) chars.push(String.fromCharCode(c));
    // Decomposed marks, Greek (final sigma), CJK and an emoji send the text the whole-string way.
    chars.push('\u0301', '\u0323', 'Σ', 'ΟΔΟΣ', '中', '😀', '\u00a0', '\u3000');
    for (const c of chars) expect(foldText(c)).toBe(foldWhole(c));
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = next() % 12;
      for (let i = 0; i < length; i++) text += chars[next() % chars.length];
      expect(foldText(text)).toBe(foldWhole(text));
    }
  });
});
