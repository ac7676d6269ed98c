/**
 * Everything about the article's quotations that does not depend on the page, computed once: each
 * quotation's normalised words, whether it is long (six words or more: found wherever the page repeats six
 * of them in a row) or short (a common phrase: found only in quotation marks with a speaker), an index from
 * each rare word to the places it holds in the quotations, and one case-insensitive RegExp of the rare words.
 * Scanning a page is that RegExp alone (a few dozen literals, shaped as a trie); words are read and
 * compared only around its rare hits.
 */
import quotesJson from '../../assets/article/quotes.json';
import { triePattern } from '../match/trie-pattern';
import { rareWords } from './rare-words';
import { wordsIn } from './words';

/** Long quotations are found from this many words in a row. */
export const MIN_RUN_WORDS = 6;

/** One of the article's quotations, ready to compare. */
export interface IndexedQuote {
  id: string;
  speakerId: string;
  text: string;
  /** Normalised words. */
  words: string[];
  /** Offsets of each word in `text`. */
  offsets: Array<{ start: number; end: number }>;
  long: boolean;
}

/** The precomputed tables. */
export interface QuoteIndex {
  quotes: IndexedQuote[];
  /** Rare word → [quotation index, word position] of each place it holds. */
  places: Map<string, Array<[number, number]>>;
  /** Finds rare words (flags "gi"; a hit still needs word boundaries checked). */
  anchor: RegExp;
  rare: Set<string>;
}

/** The minimal shape of a quotation the index needs (quotes.json's entries have more). */
interface QuoteSource {
  id: string;
  speakerId: string;
  text: string;
}

/** Builds the tables for these quotations (default: the article's). */
function buildQuoteIndex(sources: readonly QuoteSource[] = quotesJson, rare: Set<string> = rareWords()): QuoteIndex {
  const quotes = sources.map((q): IndexedQuote => {
    const ws = wordsIn(q.text);
    return {
      id: q.id,
      speakerId: q.speakerId,
      text: q.text,
      words: ws.map((w) => w.w),
      offsets: ws.map((w) => ({ start: w.start, end: w.end })),
      long: ws.length >= MIN_RUN_WORDS,
    };
  });
  const places = new Map<string, Array<[number, number]>>();
  quotes.forEach((q, qi) =>
    q.words.forEach((w, pos) => {
      if (!rare.has(w)) return;
      let list = places.get(w);
      if (!list) places.set(w, (list = []));
      list.push([qi, pos]);
    }),
  );
  // Longest first, so that "ukrainians" is found whole rather than as "ukrainian" plus a letter.
  const keys = [...places.keys()].sort((a, b) => b.length - a.length);
  // A leading \b makes the engine skip most positions inside words: about twice as fast on real pages.
  const trie = triePattern(keys);
  return {
    quotes,
    places,
    anchor: new RegExp(`\\b(?:${trie})`, 'gi'),
    rare,
  };
}

let defaultIndex: QuoteIndex | undefined;

/** The tables of the article's quotations (built on first use, well under a millisecond). */
export function quoteIndex(): QuoteIndex {
  return (defaultIndex ??= buildQuoteIndex());
}
