/**
 * Types of the quote engine: string in, spotted quotations out, like the mention engine's
 * `{start, end, actorId}`. Offsets are UTF-16 offsets into the string the caller passed, end exclusive.
 */

/** Whom the page credits with a spotted quotation, compared with the article. */
type AttributionStatus = 'matches' | 'other' | 'none';

/** The attribution check's verdict for one spotted quotation. */
export interface Attribution {
  status: AttributionStatus;
  /** The article's speaker (an actor id). */
  speakerId: string;
  /** The actor the page credits (`matches`: the speaker; `other`: someone else; `none`: absent). */
  creditedId?: string;
  /**
   * `other` only: the page credits the government the speaker leads, or a name standing for it ("the Kremlin
   * said" of Putin's words): not someone else's words, but not the person the article names either.
   */
  speakersGovernment?: boolean;
  /** Offsets of the name the page credits, in the same string as the quote. */
  creditedAt?: { start: number; end: number };
}

/** One spotted quotation of the article in a page's text. */
export interface QuoteSpot {
  /** First character of the page's first matching word. */
  start: number;
  /** End (exclusive) of the page's last matching word. */
  end: number;
  /** The article's quotation (id in assets/article/quotes.json). */
  quoteId: string;
  /** `long`: a run of six or more of a long quotation's words; `short`: a short quotation in quotation marks with a speaker. */
  rule: 'long' | 'short';
  /** How many of the article's words the page repeats (in order). */
  words: number;
  attribution: Attribution;
}

/** One piece of the article's wording compared with the page's (see quoteDiff). */
export interface DiffPart {
  /**
   * `same`: the page has these words; `omitted`: the page leaves them out inside its quotation (an ellipsis);
   * `outside`: the page quotes less, these come before or after its excerpt; `changed`: the page has other
   * words here (`page`); `added`: words the page has that the article does not (`page`, `text` is empty).
   */
  kind: 'same' | 'omitted' | 'outside' | 'changed' | 'added';
  /** The article's characters (with their punctuation and spacing); the non-`added` parts concatenate to the quotation. */
  text: string;
  /** The page's words, for `changed` and `added`. */
  page?: string;
}
