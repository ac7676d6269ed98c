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
  return fixWord(raw.toLowerCase());
}

/** One kind of apostrophe, no space before "%" (the word is lowercase already). */
function fixWord(w: string): string {
  if (w.length > 2 && (w.includes('’') || w.includes('ʼ') || w.includes('`'))) w = w.replace(APOSTROPHES, "'");
  if (w.charCodeAt(w.length - 1) === 37) w = w.replace(SPACES, '');
  return w;
}

/** The words of `s[from, to)`, with offsets into `s`. A word cut by `from` or `to` is left out. */
export function wordsIn(s: string, from = 0, to = s.length): Word[] {
  const out: Word[] = [];
  const slice = s.slice(from, to);
  // Lowercased once for the whole slice rather than word by word (the costliest step when many words are
  // read); the rare characters whose lowercase is longer ("İ") keep the slice as it is, word by word.
  const low = slice.toLowerCase();
  const lowered = low.length === slice.length;
  const text = lowered ? low : slice;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if ((start === from && from > 0 && isWordChar(s, from - 1)) || (end === to && to < s.length && isWordChar(s, to)))
      continue;
    out.push({ w: lowered ? fixWord(m[0]) : normaliseWord(m[0]), start, end });
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
