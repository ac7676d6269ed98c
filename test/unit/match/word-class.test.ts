import { describe, expect, it } from 'vitest';
import { LETTER_RANGES, WORD_RANGES } from '../../../src/match/word-class';

/** Code points of the BMP (surrogates aside) where the ranges and the Unicode property disagree. */
function disagreements(ranges: string, property: RegExp): string[] {
  const written = new RegExp(`^[${ranges}]$`);
  const out: string[] = [];
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCharCode(cp);
    if (written.test(ch) !== property.test(ch)) out.push(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return out;
}

describe('character classes written as ranges', () => {
  it('WORD_RANGES is exactly [\\p{L}\\p{N}\\p{M}] on the BMP', () => {
    expect(disagreements(WORD_RANGES, /^[\p{L}\p{N}\p{M}]$/u)).toEqual([]);
  });

  it('LETTER_RANGES is exactly \\p{L} on the BMP', () => {
    expect(disagreements(LETTER_RANGES, /^\p{L}$/u)).toEqual([]);
  });

  it('treats characters outside the BMP as not continuing a word', () => {
    expect(new RegExp(`[${WORD_RANGES}]`, 'u').test('😀')).toBe(false);
    expect(new RegExp(`[${WORD_RANGES}]`, 'u').test('ї')).toBe(true);
  });
});
