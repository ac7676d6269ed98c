/** The quote engine: the article's quotations in a page's text, whom the page credits them to, and how its wording differs. No DOM, no browser API. */
export { findQuotes, type FindQuotesOptions } from './find-quotes';
export type { Attribution, AttributionStatus, DiffPart, QuoteSpot } from './types';
