import { LANGUAGES, type Language } from './types';
import { LETTER_RANGES, WORD_RANGES } from './word-class';

/** Cheap looks at the text around a candidate. Only called for the rare candidates a rule needs them for. */

const WORD_CHAR = new RegExp(`[${WORD_RANGES}]`, 'u');
const LETTER_CHAR = new RegExp(`[${LETTER_RANGES}]`);
/**
 * The classes of the UTF-16 units met so far, as bits: 1 word character known, 2 a word character, 4 letter known,
 * 8 a letter. A table, not a Map: the words around a candidate and the language's window are read character by
 * character, and in Cyrillic text every letter is outside ASCII.
 */
const classes = new Uint8Array(0x10000);

/** WORD_CHAR for one BMP code unit outside ASCII (not a surrogate). */
function isWordCode(c: number): boolean {
  let known = classes[c]!;
  if (!(known & 1)) classes[c] = known |= WORD_CHAR.test(String.fromCharCode(c)) ? 3 : 1;
  return (known & 2) !== 0;
}

/** `\p{L}` for one UTF-16 unit. */
function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = classes[c]!;
  if (!(known & 4)) classes[c] = known |= LETTER_CHAR.test(String.fromCharCode(c)) ? 12 : 4;
  return (known & 8) !== 0;
}

/** True when the character ending just before `i` is a letter, digit or combining mark (so `i` is inside a word). */
export function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c < 0xd800 || c > 0xdfff) return isWordCode(c);
  const from = c >= 0xdc00 && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(s.slice(from, i));
}

/** Letters, digits, marks and the punctuation names carry inside them (Mr. Saint-Germain O’Brien). */
function isNameChar(s: string, j: number): boolean {
  const c = s.charCodeAt(j);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c === 39 || c === 45;
  return c === 0x2019 || (c >= 0xd800 && c <= 0xdfff ? WORD_CHAR.test(s[j]!) : isWordCode(c));
}

/** . ' ’ - : inside a name, not at its start. */
const isInnerPunctuation = (c: number): boolean => c === 46 || c === 39 || c === 0x2019 || c === 45;

/** Spaces that do not end a line (a "\n" is a block boundary: neighbours never cross it). */
function isLineSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Start of the word that ends, after spaces on the same line, just before `i`; -1 when there is none. */
export function prevWordStart(s: string, i: number, floor = 0): number {
  let j = i - 1;
  while (j >= floor && isLineSpace(s.charCodeAt(j))) j--;
  if (j === i - 1) return -1;
  const end = j + 1;
  while (j >= floor && isNameChar(s, j)) j--;
  j++;
  // "-Präsident" in "US-Präsident": the word starts after the hyphen
  while (j < end && isInnerPunctuation(s.charCodeAt(j))) j++;
  return j < end ? j : -1;
}

/** Start of the word right after `i`, after spaces on the same line; -1 when there is none. */
export function nextWordStart(s: string, i: number): number {
  let j = i;
  while (j < s.length && isLineSpace(s.charCodeAt(j))) j++;
  return j > i && j < s.length && isNameChar(s, j) ? j : -1;
}

/** The word that starts at `from` (a start found by prevWordStart or nextWordStart), ending at `limit` at the latest. */
export function wordAt(s: string, from: number, limit = s.length): string {
  let end = from;
  while (end < limit && isNameChar(s, end)) end++;
  return s.slice(from, end);
}

/** The word right before `i`, separated only by spaces on the same line (a line break or punctuation ends the search). */
export function prevWord(s: string, i: number): string | undefined {
  const from = prevWordStart(s, i);
  return from < 0 ? undefined : wordAt(s, from, i);
}

/** The word right after `i`, separated only by spaces on the same line. */
export function nextWord(s: string, i: number): string | undefined {
  const from = nextWordStart(s, i);
  return from < 0 ? undefined : wordAt(s, from);
}

/** True at the start of the text, of a line, or after . ! ? … (opening quotes and brackets skipped). */
export function sentenceInitial(s: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const ch = s[j]!;
    if (ch === '\n' || '.!?…'.includes(ch)) return true;
    if (!/[\s"'«»„“”‘’([—–-]/u.test(ch)) return false;
  }
  return true;
}

/** True for a word of two or more letters written in capitals ("JOIN", "WARNS"). */
export function isAllCaps(word: string | undefined): boolean {
  if (!word) return false;
  let letters = 0;
  for (let i = 0; i < word.length && letters < 2; i++) if (isLetterCode(word.charCodeAt(i))) letters++;
  if (letters < 2) return false;
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

const SIGNS: [Language, string, string][] = [
  ['pl', 'ąęłśźżćńĄĘŁŚŹŻĆŃ', 'się|nie|jest|oraz|że|został|przez|dla|w'],
  ['de', 'äöüßÄÖÜ', 'der|die|das|und|nicht|ist|mit|dem|den|des|sich|auf|ein|eine'],
  ['fr', 'éèêàçù', 'le|la|les|des|du|et|est|une|pour|dans|au|aux|qui'],
  ['es', 'ñ¿¡áíóú', 'el|los|las|del|y|que|por|con|una|para|según'],
  ['en', '', 'the|and|of|to|is|was|with|for|that|has|said'],
];

/**
 * The letters of the short words, each a digit from 1 to 31, so that a word of up to six letters is one small
 * number: a window's words are looked up without being copied and lowercased (most of the scoring's time).
 */
const SIGN_ALPHABET = new Map<string, number>();
for (const ch of SIGNS.map(([, , words]) => words.replace(/\|/g, '')).join('')) {
  if (!SIGN_ALPHABET.has(ch)) SIGN_ALPHABET.set(ch, SIGN_ALPHABET.size + 1);
}
if (SIGN_ALPHABET.size > 31) throw new Error('the short words of SIGNS use more than 31 letters');
const lowerDigit = (ch: string): number => {
  const lower = ch.toLowerCase();
  return (lower.length === 1 && SIGN_ALPHABET.get(lower)) || 0;
};
const ASCII_DIGITS = Array.from({ length: 128 }, (_, c) => lowerDigit(String.fromCharCode(c)));
const digitCache = new Map<number, number>();

/** The digit of the lowercase of one UTF-16 unit (0: not a letter of the short words). */
function signDigit(c: number): number {
  if (c < 128) return ASCII_DIGITS[c]!;
  let d = digitCache.get(c);
  if (d === undefined) digitCache.set(c, (d = lowerDigit(String.fromCharCode(c))));
  return d;
}

/** The number of `w.slice(from, to).toLowerCase()` if it has at most six letters, all of the short words; else 0. */
function wordNumber(w: string, from: number, to: number): number {
  if (to - from > 6) return 0;
  let n = 0;
  for (let q = from; q < to; q++) {
    const d = signDigit(w.charCodeAt(q));
    if (!d) return 0;
    n = n * 32 + d;
  }
  return n;
}

/** Telltale letters (by UTF-16 unit: 1 + the index into SIGNS, or 0) and short words (by number) of each language. */
const SIGN_LETTERS = new Uint8Array(0x180);
const SIGN_WORDS = new Map<number, number>();
SIGNS.forEach(([, letters, words], k) => {
  for (const ch of letters) {
    for (const variant of [ch.toLowerCase(), ch.toUpperCase()]) {
      const c = variant.charCodeAt(0);
      if (c >= SIGN_LETTERS.length) throw new Error(`telltale letter ${variant} past the table`);
      if (variant.length === 1 && !SIGN_LETTERS[c]) SIGN_LETTERS[c] = k + 1;
    }
  }
  for (const word of words.split('|')) {
    const n = wordNumber(word, 0, word.length);
    if (n && !SIGN_WORDS.has(n)) SIGN_WORDS.set(n, k);
  }
});

/** The index into SIGNS of the language whose telltale letter `c` is, or -1. */
const signLetter = (c: number): number => (c < SIGN_LETTERS.length ? SIGN_LETTERS[c]! : 0) - 1;

/**
 * Scores the languages of a Latin-script window by one pass over its characters: a telltale letter counts
 * for its language, a whole short word for its language, earlier languages of SIGNS first (as one RegExp
 * alternation `letters|words` per language, case-insensitive, would count them).
 */
function latinScores(w: string): number[] {
  const score = [0, 0, 0, 0, 0];
  const add = (k: number) => (score[k]! += k === 0 ? 2 : 1);
  for (let p = 0; p < w.length;) {
    if (!isLetterCode(w.charCodeAt(p))) {
      const letter = signLetter(w.charCodeAt(p));
      if (letter >= 0) add(letter);
      p++;
      continue;
    }
    // a word (at the window's start, maybe the end of one): a short word counts before its letters
    let end = p + 1;
    while (end < w.length && isLetterCode(w.charCodeAt(end))) end++;
    const word = SIGN_WORDS.get(wordNumber(w, p, end));
    const letter = signLetter(w.charCodeAt(p));
    if (word !== undefined && (letter < 0 || word < letter)) add(word);
    else {
      for (let q = p; q < end; q++) {
        const l = signLetter(w.charCodeAt(q));
        if (l >= 0) add(l);
      }
    }
    p = end;
  }
  return score;
}

const UK_SIGNS = /[іїєґІЇЄҐ]/gu;
const RU_SIGNS = /[ыэъёЫЭЪЁ]/gu;

/**
 * The language of the text around `i` (±120 characters), from each language's telltale letters and short
 * words; undefined when nothing tells (an ALL-CAPS headline). The script is that of the character at `i` (a
 * form's first letter, so the Cyrillic block is enough):
 * Cyrillic → Ukrainian (і ї є ґ) or Russian (ы э ъ ё); Latin → the best-scoring of pl, de, fr, es, en
 * (Polish letters count double: they are rare elsewhere).
 */
export function contextLanguage(s: string, i: number): Language | undefined {
  const w = s.slice(Math.max(0, i - 120), i + 120);
  const c = s.charCodeAt(i);
  if (c >= 0x400 && c <= 0x52f) {
    const uk = w.match(UK_SIGNS)?.length ?? 0;
    const ru = w.match(RU_SIGNS)?.length ?? 0;
    return uk > ru ? 'uk' : ru > uk ? 'ru' : undefined;
  }
  const score = latinScores(w);
  let best: Language | undefined;
  let bestScore = 0;
  score.forEach((n, k) => {
    if (n > bestScore) [best, bestScore] = [SIGNS[k]![0], n];
  });
  return best;
}

/** The bit of a language in a language mask. */
export function langBit(lang: Language): number {
  return 1 << LANGUAGES.indexOf(lang);
}
