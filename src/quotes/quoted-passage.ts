/**
 * The quotation marks around a span of a page, if any. Pages use every convention: "…", “…”, „…“, «…»,
 * « … » with spaces (French), »…« (German books), ‘…’ and ‚…‘, and straight quotes for both ends, so
 * a mark is told from its shape in context rather than its code point: an opening mark has no letter right
 * before it and text right after it; a closing mark has text right before it and no letter right after it.
 * An apostrophe ("Putin’s", "we’ll") sits between two letters and is neither. The search stays on one line
 * (a block of the page) and within a few hundred characters.
 */
import { isWordChar } from './words';

const MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '‹', '›', '「', '」', '『', '』', '‘', '’', '‚', "'"]);
/** Marks French typography separates from the words by a space. */
const SPACED = new Set(['«', '»', '‹', '›']);
const REACH = 400;

/** A quoted passage: `open` is the opening mark's offset, `close` the closing mark's (the text is between). */
export interface Passage {
  open: number;
  close: number;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

function opens(s: string, j: number): boolean {
  if (!MARKS.has(s[j]!) || isWordChar(s, j - 1)) return false;
  return !isSpace(s[j + 1]) || (SPACED.has(s[j]!) && s[j + 1] !== '\n');
}

function closes(s: string, j: number): boolean {
  if (!MARKS.has(s[j]!) || isWordChar(s, j + 1)) return false;
  return !isSpace(s[j - 1]) || (SPACED.has(s[j]!) && s[j - 1] !== '\n');
}

/** The quotation marks enclosing `s[start, end)` on its line, or undefined when the span is not quoted. */
export function quotedPassage(s: string, start: number, end: number): Passage | undefined {
  let open = -1;
  for (let j = start - 1; j >= 0 && j >= start - REACH && s[j] !== '\n'; j--) {
    if (!MARKS.has(s[j]!)) continue;
    if (opens(s, j)) {
      open = j;
      break;
    }
    if (closes(s, j)) return undefined; // the nearest mark before closes an earlier quotation
  }
  if (open < 0) return undefined;
  for (let j = end; j < s.length && j < end + REACH && s[j] !== '\n'; j++) {
    if (!MARKS.has(s[j]!)) continue;
    if (closes(s, j)) return { open, close: j };
    if (opens(s, j)) return undefined;
  }
  return undefined;
}
