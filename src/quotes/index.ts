/**
 * The quote engine: the article's quotations in a page's text, whom the page credits them to, how its
 * wording differs, and what a card says about each. No DOM, no browser API.
 */
export { findQuotes } from './find-quotes';
export { quoteDiff } from './quote-diff';
export { quoteCardData } from './quote-card-data';
export type { DiffPart, QuoteSpot } from './types';
