/**
 * Words as the quote engine compares them. A page may print a quotation with curly or straight apostrophes,
 * any case, "100 %" or "100%", dashes, ellipses and markup in between: only the letters and digits of each
 * word, lowercased, with one kind of apostrophe, are compared, and everything between two words is a
 * separator (which the aligner reads only to tell an ellipsis). Letter classes are written as ranges
 * (`word-class.ts` of the mention engine) so that Cyrillic and accented words are words too.
 */
import { WORD_RANGES } from '../match/word-class';

/** One word of a text: its normalised form and its offsets (end exclusive). */
export interface Word {
  w: string;
  start: number;
  end: number;
}

/** A word: letters/digits/marks, inner apostrophes ("we’ll"), an optional percent sign ("100%", "100 %"). */
const WORD_SOURCE = `[${WORD_RANGES}]+(?:['’ʼ\`][${WORD_RANGES}]+)*(?:[ \\u00A0\\u202F]?%)?`;
const WORD = new RegExp(WORD_SOURCE, 'g');
const APOSTROPHES = /[’ʼ`]/g;
const SPACES = /[ \u00A0\u202F]/g;

/** The form words are compared in: lowercase, straight apostrophe, no space before "%". */
function normaliseWord(raw: string): string {
  let w = raw.toLowerCase();
  if (w.length > 2 && (w.includes('’') || w.includes('ʼ') || w.includes('`'))) w = w.replace(APOSTROPHES, "'");
  if (w.charCodeAt(w.length - 1) === 37) w = w.replace(SPACES, '');
  return w;
}

/** The words of `s[from, to)`, with offsets into `s`. A word cut by `from` or `to` is left out. */
export function wordsIn(s: string, from = 0, to = s.length): Word[] {
  const out: Word[] = [];
  // Matched in place (no copy of the slice); a word running past `to` is cut, and so left out.
  WORD.lastIndex = from;
  for (let m = WORD.exec(s); m && m.index < to; m = WORD.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if ((start === from && from > 0 && isWordChar(s, from - 1)) || end > to) continue;
    out.push({ w: normaliseWord(m[0]), start, end });
  }
  return out;
}

const ONE_WORD_CHAR = new RegExp(`[${WORD_RANGES}]`);

/** True when `s[i]` is a letter, digit or combining mark. */
export function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return ONE_WORD_CHAR.test(s[i]!);
}

/** An ellipsis in the text between two words ("…", "...", "[…]", "(...)"): the page left words out there. */
export function isEllipsis(between: string): boolean {
  return between.includes('…') || /\.\s?\.\s?\./.test(between);
}
