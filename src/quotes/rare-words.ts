/**
 * Which of the quotations' words are rare in ordinary text. A run of six common words ("and not only after
 * it ends" minus one) turns up in any page; a run that holds a rare word ("assumption", "humiliated") almost
 * never does by chance. Rarity was measured on a corpus of ~190 real pages (test/bench/quote-rarity.ts wrote
 * rare-words.json: each quotation word's count there), so only the article's own words ship.
 */
import table from './rare-words.json';

/** Per quotation word, how often a corpus of ordinary pages holds it. */
export interface RareWordTable {
  /** Words in the corpus. */
  corpusWords: number;
  /** Rare: at most this many occurrences per million words. */
  maxPerMillion: number;
  counts: Record<string, number>;
}

/** The words of the article's quotations that are rare in ordinary text (normalised as words.ts does). */
export function rareWords(t: RareWordTable = table): Set<string> {
  const limit = (t.corpusWords * t.maxPerMillion) / 1e6;
  return new Set(Object.keys(t.counts).filter((w) => t.counts[w]! <= limit));
}
