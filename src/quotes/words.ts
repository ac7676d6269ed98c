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

const APOSTROPHES = /[’ʼ`]/g;
const SPACES = /[ \u00A0\u202F]/g;
const ONE_WORD_CHAR = new RegExp(`[${WORD_RANGES}]`);
/** Whether each non-ASCII code unit is a word character, as asked (text in one script asks about few). */
const wordCodes = new Map<number, boolean>();

/** True when code unit `c` is a letter, digit or combining mark of the BMP (ASCII answered without a look-up). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false; // outside the BMP, as in the mention engine's ranges
  let known = wordCodes.get(c);
  if (known === undefined) wordCodes.set(c, (known = ONE_WORD_CHAR.test(String.fromCharCode(c))));
  return known;
}

/** True when `s[i]` is a letter, digit or combining mark. */
export function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return !Number.isNaN(c) && isWordCode(c);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc || c === 96;
const isPercentSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f;

/** One kind of apostrophe, no space before "%" (the word is lowercase already). */
function fixWord(w: string): string {
  if (w.length > 2 && (w.includes('’') || w.includes('ʼ') || w.includes('`'))) w = w.replace(APOSTROPHES, "'");
  if (w.charCodeAt(w.length - 1) === 37) w = w.replace(SPACES, '');
  return w;
}

/**
 * The words of `s[from, to)`, with offsets into `s`; a word cut by `from` or `to` is left out. A word is
 * letters, digits and marks, with inner apostrophes ("we’ll") and an optional percent sign ("100%", "100 %").
 * Read by a loop over character codes: it runs for every word near every rare-word hit, where a RegExp with
 * the whole Unicode word class cost twice as much.
 */
export function wordsIn(s: string, from = 0, to = s.length): Word[] {
  const out: Word[] = [];
  const slice = s.slice(from, to);
  // Lowercased once for the whole slice rather than word by word; the rare characters whose lowercase is
  // longer ("İ") keep the slice as it is, and each word is lowercased alone.
  const low = slice.toLowerCase();
  const lowered = low.length === slice.length;
  const text = lowered ? low : slice;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const st = i;
    let marked = false;
    for (;;) {
      for (let c = text.charCodeAt(i); i < n && isWordCode(c); c = text.charCodeAt(++i)) {
        if (c === 0x2bc) marked = true; // "ʼ", the modifier letter apostrophe, is a letter
      }
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
        marked = true;
        i += 2;
        continue;
      }
      break;
    }
    let end = i;
    if (text.charCodeAt(end) === 37) end++;
    else if (isPercentSpace(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 37) end += 2;
    marked ||= end > i;
    i = end;
    const start = from + st;
    const stop = from + end;
    if ((start === from && from > 0 && isWordChar(s, from - 1)) || (stop === to && to < s.length && isWordChar(s, to)))
      continue;
    const raw = text.slice(st, end);
    const w = lowered ? raw : raw.toLowerCase();
    out.push({ w: marked ? fixWord(w) : w, start, end: stop });
  }
  return out;
}

/** An ellipsis in the text between two words ("…", "...", "[…]", "(...)"): the page left words out there. */
export function isEllipsis(between: string): boolean {
  return between.includes('…') || /\.\s?\.\s?\./.test(between);
}
