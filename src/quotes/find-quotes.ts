/**
 * Spots the article's quotations in a page's text, as the mention engine spots names: string in, spans out,
 * in UTF-16 offsets of the string given (invisible characters are removed first and offsets mapped back).
 *
 * The page is scanned once, by one RegExp of the quotations' rare words; everything else happens around
 * its hits. A hit inside a long quotation grows into the longest run the page repeats (align.ts): six words
 * or more make a spot. A hit inside a short quotation ("legitimate targets") makes one only when the page
 * puts those words in quotation marks by themselves (or with more of the article's quotation around them)
 * and credits someone with them nearby: otherwise they are ordinary words. Every spot is then checked for
 * whom the page credits it to (attribute.ts).
 */
import { bisect } from '../shared/bisect';
import { findMentions, type Matcher, type Mention } from '../match';
import { stripIgnorables } from '../match/ignorables';
import { alignRun, longestExact, type Run } from './align';
import { attribute } from './attribute';
import { MIN_RUN_WORDS, quoteIndex, type IndexedQuote, type QuoteIndex } from './quote-index';
import { quotedPassage } from './quoted-passage';
import { sentencesAround } from './sentences';
import type { QuoteSpot } from './types';
import { isWordChar, wordsIn, type Word } from './words';

/** What the mention engine's ignorables.ts removes before matching. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
/** Characters read on each side of a hit; a run reaching the edge is read again with the wider reach. */
const NEAR = 300;
const FAR = 1500;
/** Characters read on each side of a hit for its neighbours. */
const NEIGHBOUR_REACH = 60;
/** Each change (not an ellipsis) a run goes over needs this many more repeated words. */
const WORDS_PER_CHANGE = 6;
/** A quoted passage longer than this is not a short quotation's setting. */
const MAX_SHORT_PASSAGE_WORDS = MIN_RUN_WORDS - 1;

/** Options of findQuotes. */
export interface FindQuotesOptions {
  /** The name matcher for the attribution check (default: all languages); the background passes its own. */
  matcher?: Matcher;
  /**
   * The mentions the name matcher found in this same `text` (its offsets), when the caller has them already:
   * the attribution check then reads them instead of matching the sentences around each spot again.
   */
  mentions?: readonly Mention[];
  /** The quotation tables (default: the article's). */
  index?: QuoteIndex;
}

interface Hit {
  quote: number;
  run: Run;
  rule: 'long' | 'short';
  /** Offsets of the page's repeated words (stripped text). */
  start: number;
  end: number;
  /** The quoted passage with its marks, if the page has them. */
  passage?: { start: number; end: number };
}

/** The article's quotations in `text`: in order, non-overlapping, each with whom the page credits it to. */
export function findQuotes(text: string, options: FindQuotesOptions = {}): QuoteSpot[] {
  const index = options.index ?? quoteIndex();
  // The rare words in the page's own text; if it holds an invisible character anywhere (rare), in the text
  // without them instead (offsets mapped back at the end). Testing for one costs a fifth of cleaning the text.
  let s = text;
  let offsets: Int32Array | null = null;
  let hits = rareHits(s, index.anchor);
  if (INVISIBLE.test(text)) {
    ({ text: s, offsets } = stripIgnorables(text));
    hits = rareHits(s, index.anchor);
  }
  const out: QuoteSpot[] = [];
  let covered = 0;
  const given = options.mentions;
  let stripped: Mention[] | undefined;
  for (const [a, b] of hits) {
    if (a < covered || isWordChar(s, a - 1) || isWordChar(s, b)) continue;
    const hit = spotAt(s, a, s.slice(a, b).toLowerCase(), index);
    if (!hit || hit.start < covered) continue;
    const q = index.quotes[hit.quote]!;
    const range = hit.passage ?? { start: hit.start, end: hit.end };
    const attribution = attribute({
      text: s,
      start: range.start,
      end: range.end,
      speakerId: q.speakerId,
      mentions: given
        ? (stripped ??= toStripped(given, offsets))
        : mentionsAround(s, range.start, range.end, options.matcher),
    });
    if (hit.rule === 'short' && attribution.status === 'none') continue;
    covered = hit.end;
    const back = (i: number): number => (offsets ? offsets[i]! : i);
    const backEnd = (i: number): number => (offsets ? offsets[i - 1]! + 1 : i);
    if (attribution.creditedAt)
      attribution.creditedAt = { start: back(attribution.creditedAt.start), end: backEnd(attribution.creditedAt.end) };
    out.push({
      start: back(hit.start),
      end: backEnd(hit.end),
      quoteId: q.id,
      rule: hit.rule,
      words: hit.run.pairs.length,
      attribution,
    });
  }
  return out;
}

/** Offsets [start, end) of each rare word `re` finds in `s`. */
function rareHits(s: string, re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Mentions in offsets of the original text, moved to offsets of the text without invisible characters. */
function toStripped(mentions: readonly Mention[], offsets: Int32Array | null): Mention[] {
  if (!offsets) return mentions as Mention[];
  // offsets[i] is the original offset of stripped character i (increasing): the first i at or after an offset.
  const last = offsets.length - 1;
  const at = (orig: number): number =>
    Math.min(
      bisect(offsets, (o) => o >= orig),
      last,
    );
  return mentions.map((m) => ({ start: at(m.start), end: at(m.end - 1) + 1, actorId: m.actorId }));
}

/** Names in the sentences around [start, end) (the attribution check's reach), in offsets of `s`. */
function mentionsAround(s: string, start: number, end: number, matcher: Matcher | undefined): Mention[] {
  const { before, after } = sentencesAround(s, start, end);
  const slice = s.slice(before, after);
  const found = matcher ? matcher.findMentions(slice) : findMentions(slice);
  return found.map((m) => ({ ...m, start: m.start + before, end: m.end + before }));
}

/** The spot that the rare word `w` at offset `a` belongs to, if any. */
function spotAt(s: string, a: number, w: string, index: QuoteIndex): Hit | undefined {
  const places = index.places.get(w);
  if (!places || !neighbourAgrees(s, a, a + w.length, places, index)) return undefined;
  for (const reach of [NEAR, FAR]) {
    const from = Math.max(0, a - reach);
    const to = Math.min(s.length, a + w.length + reach);
    const words = wordsIn(s, from, to);
    const h = words.findIndex((x) => x.start === a);
    if (h < 0) return undefined;
    const between = (i: number, j: number): string => s.slice(words[i]!.end, words[j]!.start);
    const long = longRun(words, h, places, index, between);
    if (long) {
      const first = long.run.pairs[0]![0];
      const last = long.run.pairs.at(-1)![0];
      const atEdge = (first === 0 && from > 0) || (last === words.length - 1 && to < s.length);
      if (atEdge && reach === NEAR) continue;
      const start = words[first]!.start;
      const end = words[last]!.end;
      const p = quotedPassage(s, start, end);
      return {
        quote: long.quote,
        run: long.run,
        rule: 'long',
        start,
        end,
        passage: p && { start: p.open, end: p.close + 1 },
      };
    }
    return shortAt(s, words, h, places, index, between);
  }
  return undefined;
}

/**
 * A cheap first test, reading a few words around the hit: the hit and two neighbours agree with the quotation
 * in a row (before, around or after it), or, for a short quotation, all its words are there. "to Moscow",
 * "targets for", "impossible to" are common; three words of a quotation in a row are not. A run whose rare
 * words all stand alone between changes and ellipses is missed by this test: a run needs three exact words
 * in a row anyway, and its other rare words are hits of their own.
 */
function neighbourAgrees(
  s: string,
  a: number,
  b: number,
  places: ReadonlyArray<[number, number]>,
  index: QuoteIndex,
): boolean {
  const near = wordsIn(s, Math.max(0, a - NEIGHBOUR_REACH), Math.min(s.length, b + NEIGHBOUR_REACH));
  const h = near.findIndex((x) => x.start === a);
  if (h < 0) return false;
  const at = (d: number, q: readonly string[], pos: number): boolean =>
    near[h + d] !== undefined && near[h + d]!.w === q[pos + d];
  return places.some(([qi, pos]) => {
    const quote = index.quotes[qi]!;
    const q = quote.words;
    if (!quote.long) return q.every((_, k) => at(k - pos, q, pos));
    return (at(-2, q, pos) && at(-1, q, pos)) || (at(-1, q, pos) && at(1, q, pos)) || (at(1, q, pos) && at(2, q, pos));
  });
}

/** The longest valid run of a long quotation through page word `h`. */
function longRun(
  words: readonly Word[],
  h: number,
  places: ReadonlyArray<[number, number]>,
  index: QuoteIndex,
  between: (i: number, j: number) => string,
): { quote: number; run: Run } | undefined {
  let best: { quote: number; run: Run } | undefined;
  for (const [qi, pos] of places) {
    const q = index.quotes[qi]!;
    if (!q.long) continue;
    const run = alignRun(words, q.words, h, pos, between);
    if (!validRun(run)) continue;
    if (!best || run.pairs.length > best.run.pairs.length) best = { quote: qi, run };
  }
  return best;
}

function validRun(run: Run): boolean {
  const n = run.pairs.length;
  return n >= MIN_RUN_WORDS + run.changes * WORDS_PER_CHANGE && longestExact(run) >= 3;
}

/**
 * A short quotation at page word `h`: the page has its words, in quotation marks that hold nothing else
 * (or only more of a long quotation they belong to: “legitimate targets for strikes”).
 */
function shortAt(
  s: string,
  words: readonly Word[],
  h: number,
  places: ReadonlyArray<[number, number]>,
  index: QuoteIndex,
  between: (i: number, j: number) => string,
): Hit | undefined {
  for (const [qi, pos] of places) {
    const q = index.quotes[qi]!;
    if (q.long) continue;
    const first = h - pos;
    if (first < 0 || !q.words.every((w, k) => words[first + k]?.w === w)) continue;
    const start = words[first]!.start;
    const end = words[first + q.words.length - 1]!.end;
    const p = quotedPassage(s, start, end);
    if (!p) continue;
    const inside = words.filter((x) => x.start > p.open && x.end <= p.close);
    if (inside.length > MAX_SHORT_PASSAGE_WORDS) continue;
    const run: Run = { pairs: q.words.map((_, k) => [first + k, k]), changes: 0 };
    const passage = { start: p.open, end: p.close + 1 };
    if (inside.length === q.words.length) return { quote: qi, run, rule: 'short', start, end, passage };
    const longer = containingRun(words, inside, first, q, index, between);
    if (longer) return { ...longer, rule: 'short', passage };
  }
  return undefined;
}

/** The quoted words `inside` as a run of a long quotation that holds the short one. */
function containingRun(
  words: readonly Word[],
  inside: readonly Word[],
  first: number,
  short: IndexedQuote,
  index: QuoteIndex,
  between: (i: number, j: number) => string,
): Omit<Hit, 'rule'> | undefined {
  const lo = words.indexOf(inside[0]!);
  const hi = words.indexOf(inside.at(-1)!);
  for (let qi = 0; qi < index.quotes.length; qi++) {
    const q = index.quotes[qi]!;
    if (!q.long) continue;
    for (let pos = 0; pos < q.words.length; pos++) {
      if (q.words[pos] !== short.words[0]) continue;
      if (!short.words.every((w, k) => q.words[pos + k] === w)) continue;
      const run = alignRun(words, q.words, first, pos, between);
      const pairs = run.pairs.filter(([p]) => p >= lo && p <= hi);
      if (run.changes > 0 || pairs.length !== inside.length) continue;
      return {
        quote: qi,
        run: { pairs, changes: 0 },
        start: inside[0]!.start,
        end: inside.at(-1)!.end,
      };
    }
  }
  return undefined;
}
