import type { CompiledNamesakes } from './types';
import { nextWord, nextWordStart, prevWordStart, wordAt } from './context';
import { LETTER_RANGES } from './word-class';
import { unlisted, wordKeys } from './word-keys';

/**
 * Namesakes and compounds: a place, country or government name that is part of the proper name of something
 * else (a club, a company, a treaty, a river, a person with a place surname, another town of that name). The
 * words come from `namesakes` in aliases.json; this file applies them. Only called for candidates of such names.
 */

/** A word list split by how it is compared: lowercase entries case-insensitively, the others as written or in capitals. */
interface WordSet {
  exact: Set<string>;
  folded: Set<string>;
}

/** The namesake words, ready for lookups. */
export interface NamesakeSets {
  next: WordSet;
  nextModifiers: WordSet;
  hyphenNext: WordSet;
  hyphenPrev: WordSet;
  prev: WordSet;
  head: WordSet;
  joiners: Set<string>;
  given: Set<string>;
  /** Sticky: after the name, a comma or an opening bracket and a region ("Moscow, Idaho"). */
  region: RegExp | undefined;
  /** Sayings as the lowercase text before and after the name. */
  idioms: [before: string, after: string][];
  /** The sayings by the words right next to the name in them: only a candidate next to one of them is compared. */
  idiomsBefore: Map<string, [before: string, after: string][]>;
  idiomsAfter: Map<string, [before: string, after: string][]>;
  /** The keys (see unlisted) of the words a rule compares with the word after / before the name, and before a joiner. */
  nextKeys: Set<number>;
  prevKeys: Set<number>;
  headKeys: Set<number>;
}

function wordSet(list: readonly string[]): WordSet {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const w of list) {
    if (w === w.toLowerCase()) folded.add(w);
    else exact.add(w).add(w.toUpperCase());
  }
  return { exact, folded };
}

/** Whether `word` is in `set`; after the name, also without a trailing full stop or apostrophe ("Post."). */
function has(set: WordSet, word: string | undefined, after = false, lowered?: string): boolean {
  if (!word) return false;
  if (set.exact.has(word)) return true;
  const lower = set.folded.size ? (lowered ?? word.toLowerCase()) : '';
  if (lower && set.folded.has(lower)) return true;
  const last = word.charCodeAt(word.length - 1);
  if (!after || (last !== 46 && last !== 39 && last !== 0x2019)) return false;
  const bare = word.replace(/[.'’]+$/u, '');
  return !!bare && (set.exact.has(bare) || set.folded.has(bare.toLowerCase()));
}

/** Whether the name stands in one of these sayings. */
function saying(s: string, start: number, end: number, idioms: [string, string][] | undefined): boolean {
  for (const [before, after] of idioms ?? []) {
    // their far ends first: one character each, no copies
    const b0 = start - before.length;
    if (b0 < 0 || (before && s[b0]!.toLowerCase() !== before[0])) continue;
    if (after && s[end + after.length - 1]?.toLowerCase() !== after.at(-1)) continue;
    if (
      s.slice(end, end + after.length).toLowerCase() === after &&
      s.slice(start - before.length, start).toLowerCase() === before
    )
      return true;
  }
  return false;
}

/** Sayings by a word of theirs (empty words left out). */
function byWord<T>(items: readonly T[], word: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const w = word(item);
    if (w) out.set(w, [...(out.get(w) ?? []), item]);
  }
  return out;
}

const escape = (w: string): string => w.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Prepares the compiled word lists (once per matcher, when the tables are first needed). */
export function prepareNamesakes(words: CompiledNamesakes | undefined): NamesakeSets | undefined {
  if (!words) return undefined;
  const regions = [...words.region].sort((a, b) => b.length - a.length).map(escape);
  const idioms = words.idioms.map((i): [string, string] => {
    const [before = '', after = ''] = i.toLowerCase().split('{}');
    return [before, after];
  });
  const idiomsBefore = byWord(idioms, ([before]) => before.trim().split(' ').at(-1) ?? '');
  const idiomsAfter = byWord(idioms, ([, after]) => after.trim().split(' ')[0] ?? '');
  const next = wordSet(words.next);
  const nextModifiers = wordSet(words.nextModifiers);
  const prev = wordSet(words.prev);
  const head = wordSet(words.head);
  const joiners = new Set(words.joiners.map((w) => w.toLowerCase()));
  const given = new Set(words.given);
  return {
    next,
    nextModifiers,
    hyphenNext: wordSet(words.hyphenNext),
    hyphenPrev: wordSet(words.hyphenPrev),
    prev,
    head,
    joiners,
    given,
    region: regions.length
      ? new RegExp(`[^\\S\\n]*[,(][^\\S\\n]*(?:${regions.join('|')})(?![${LETTER_RANGES}])`, 'y')
      : undefined,
    idioms,
    idiomsBefore,
    idiomsAfter,
    nextKeys: wordKeys(next.exact, next.folded, nextModifiers.exact, nextModifiers.folded, idiomsAfter.keys()),
    prevKeys: wordKeys(prev.exact, prev.folded, given, joiners, idiomsBefore.keys()),
    headKeys: wordKeys(head.exact, head.folded, joiners),
  };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';
/** Numbers of TV channels and stations ("France 24", "Europe 1", "Россия-24"), not years. */
const CHANNEL = /^\d{1,2}$/;
/** After a region, more items of a list: "Virginia and Maryland", "Texas, Ohio". */
const LIST_GOES_ON =
  /^(?:[^\S\n]*,[^\S\n]*\p{Lu}|[^\S\n]+(?:and|or|und|oder|et|ou|y|o|i|oraz|lub|и|или|і|та|чи)[^\S\n]+\p{Lu})/u;
/** One capital letter and a dot: the initial of a given name ("Booker T. Washington"). */
const INITIAL = /^\p{Lu}\.$/u;
/** The word glued by a hyphen right after `end` ("League" in "Europa-League"), if any. */
const HYPHEN_WORD = /-([\p{L}\p{N}]+)/uy;

/** The word glued by a hyphen right before `start` ("Île-de" in "Île-de-France"). */
function hyphenPrevWord(s: string, start: number): string | undefined {
  if (s[start - 1] !== '-') return undefined;
  let j = start - 1;
  while (j > 0 && /[\p{L}'’-]/u.test(s[j - 1]!)) j--;
  return j < start - 1 ? s.slice(j, start - 1) : undefined;
}

/**
 * True when the name at [start, end) is part of something else's proper name: "China Eastern", "Air India",
 * "Bank of China", "Tour de France", "Conseil de l’Europe", "Europa-League", "Москва-река", "France 24",
 * "Moscow, Idaho", "Anatole France", "Booker T. Washington".
 */
export function isNamesake(s: string, start: number, end: number, n: NamesakeSets): boolean {
  // after the name (a plain lowercase word, which no rule looks for, is not even read)
  const n0 = nextWordStart(s, end);
  const next = n0 < 0 || unlisted(s, n0, n.nextKeys) ? undefined : wordAt(s, n0);
  const nextLower = next?.toLowerCase();
  if (next && (has(n.next, next, true, nextLower) || (isDigit(next.charCodeAt(0)) && CHANNEL.test(next)))) return true;
  // "Sumy State University", "Kyiv National Economic University" (but "U.S. State Department" is the government)
  if (next && has(n.nextModifiers, next, false, nextLower)) {
    let j = end;
    let word: string | undefined = next;
    for (let k = 0; k < 3 && word && has(n.nextModifiers, word); k++) {
      j = s.indexOf(word, j) + word.length;
      word = nextWord(s, j);
    }
    if (word && has(n.next, word, true)) return true;
  }
  if (s[end] === '-') {
    HYPHEN_WORD.lastIndex = end;
    const glued = HYPHEN_WORD.exec(s)?.[1];
    if (glued && (CHANNEL.test(glued) || has(n.hyphenNext, glued) || has(n.next, glued))) return true;
  }
  const c = s.charCodeAt(end) === 32 ? s.charCodeAt(end + 1) : s.charCodeAt(end);
  if (n.region && (c === 44 || c === 40)) {
    n.region.lastIndex = end;
    // "Moscow, Idaho" is another town; "Washington, Virginia and Maryland" is a list of places
    if (n.region.test(s) && !LIST_GOES_ON.test(s.slice(n.region.lastIndex, n.region.lastIndex + 40))) return true;
  }
  const p0 = prevWordStart(s, start);
  const prev = p0 < 0 || unlisted(s, p0, n.prevKeys) ? undefined : wordAt(s, p0, start);
  const prevLower = prev?.toLowerCase();
  if (nextLower && saying(s, start, end, n.idiomsAfter.get(nextLower))) return true;
  if (prevLower && saying(s, start, end, n.idiomsBefore.get(prevLower))) return true;
  // before it
  if (s[start - 1] === '-') {
    const glued = hyphenPrevWord(s, start);
    if (glued && has(n.hyphenPrev, glued)) return true;
  }
  let at = start;
  let joined = 0;
  const q = s[start - 1];
  if ((q === '’' || q === "'") && /[lLdD]/.test(s[start - 2] ?? '') && !/\p{L}/u.test(s[start - 3] ?? '')) {
    // "de l’Europe", "d’Europe": the elided article or preposition is a joiner
    at = start - 2;
    joined = 1;
  } else {
    if (!prev || !prevLower) return false;
    if (has(n.prev, prev, false, prevLower) || n.given.has(prev) || (prev.length === 2 && INITIAL.test(prev)))
      return true;
    if (!n.joiners.has(prevLower)) return false;
  }
  // back over up to two joiners ("of the", "de la") to a head ("Bank", "Tour", "Conseil")
  for (let k = 0; k < 3; k++) {
    const w = prevWordStart(s, at);
    if (w < 0 || (unlisted(s, w, n.headKeys) && !isApostrophe(s[w + 1]) && !isApostrophe(s[w + 2]))) return false;
    // "l’accord", "l’équipe": the head without its elided article
    const word = wordAt(s, w, at).replace(/^\p{L}{1,2}['’](?=\p{L})/u, '');
    if (joined > 0 && has(n.head, word)) return true;
    if (!n.joiners.has(word.toLowerCase())) return false;
    joined++;
    at = w;
  }
  return false;
}

/**
 * Up to 60 characters that are no quotation mark (opening: " “ « „ ‘, or closing: ” ») and no line break: a look
 * back for an opening mark skips them in one native step instead of testing each in a loop.
 */
const NO_MARK = /[^\n"“”«»„‘]{0,60}/y;

/** Opening quotation marks and their closing partners. */
const QUOTES: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '‘': '’' };
/** Small words a title in title case leaves in lowercase ("Emily in Paris", "From Russia with Love"). */
const TITLE_SMALL = new Set(
  'a an and at by for from in into of on or the to with de la le les des du en et à por con el los las y w z i na und der die das im von mit'.split(
    ' ',
  ),
);

/**
 * True when the name stands in a short quoted phrase written in title case, the way titles of songs, films and
 * books are quoted ("“Midnight in Paris”", "“From Russia with Love”"): of two to seven words, every word
 * capitalised but the small ones. Quoted speech is written in sentence case and is not affected.
 */
export function inQuotedTitle(s: string, start: number, end: number): boolean {
  // the opening mark: the last mark within 60 characters before, if it opens (not a closing mark or a line break)
  let open = -1;
  for (let i = Math.max(0, start - 60); ; i++) {
    NO_MARK.lastIndex = i;
    NO_MARK.test(s);
    i = NO_MARK.lastIndex;
    if (i >= start) break;
    open = i;
  }
  const o = s.charCodeAt(open);
  if (open < 0 || o === 10 || o === 0x201d || o === 0xbb) return false;
  // a title starts with a capital
  if (!/[\p{Lu}\p{N}]/u.test(s[open + 1] ?? '')) return false;
  const closing = QUOTES[s[open]!]!.charCodeAt(0);
  let close = -1;
  for (let j = end; j < s.length && j <= end + 60; j++) {
    const c = s.charCodeAt(j);
    if (c === 10) return false;
    if (c === closing) {
      close = j;
      break;
    }
  }
  if (close < 0) return false;
  const words = s
    .slice(open + 1, close)
    .split(/[\s,:;!?.…]+/u)
    .filter(Boolean);
  if (words.length < 2 || words.length > 7) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL.has(w));
}
