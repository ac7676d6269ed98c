/** Shared helpers of the quote tests: what a reader would notice about each spot. */
import quotes from '../../../assets/article/quotes.json';
import { findQuotes, type QuoteSpot } from '../../../src/quotes';

/** The article's quotation by id (the tests build pages from its real words). */
export function quoteText(id: string): string {
  const q = quotes.find((x) => x.id === id);
  if (!q) throw new Error(`no quotation ${id}`);
  return q.text;
}

/** The long quotations (six words or more) and the short ones, as the data has them. */
export const LONG = quotes.filter((q) => q.text.split(/\s+/).length >= 6);
export const SHORT = quotes.filter((q) => q.text.split(/\s+/).length < 6);

/** A spot as a reader sees it: which quotation, the page's highlighted words, the verdict and whom it names. */
export interface Seen {
  quoteId: string;
  surface: string;
  status: string;
  credited?: string;
}

/** The spots of `text`, as seen. */
export function seen(text: string): Seen[] {
  return findQuotes(text).map((q: QuoteSpot) => ({
    quoteId: q.quoteId,
    surface: text.slice(q.start, q.end),
    status: q.attribution.status,
    ...(q.attribution.creditedId !== undefined && { credited: q.attribution.creditedId }),
  }));
}

/**
 * A page's text assembled the way the content script assembles a chunk: the Text nodes' data joined,
 * "\n" between blocks (`blocks` is a list of blocks, each a list of Text node strings).
 */
export function chunkText(blocks: readonly (readonly string[])[]): string {
  return blocks.map((nodes) => nodes.join('')).join('\n');
}
