/**
 * The quote engine: the article's quotations in a page's text, whom the page credits them to, how its
 * wording differs, and what a card says about each. No DOM, no browser API.
 */
export { findQuotes, type FindQuotesOptions } from './find-quotes';
export { quoteDiff } from './quote-diff';
export { quoteCardData, type QuoteCardData } from './quote-card-data';
export type { Attribution, DiffPart, QuoteSpot } from './types';
