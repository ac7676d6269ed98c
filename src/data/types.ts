/**
 * Types of the bundled article data (assets/article/*.json).
 *
 * Every fact here comes from the one bundled article; `note` fields say where the article is vague or
 * inconsistent instead of filling the gap from elsewhere. Pure types: no DOM, no browser API.
 */

/** What sort of thing an actor is. Metonyms ("the Kremlin", "Kyiv") are governments. */
export type ActorKind = 'person' | 'government' | 'organisation' | 'media' | 'place';

/** Every actor kind, for validation and for UI that lists them in a stable order. */
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'government', 'organisation', 'media', 'place'];

/** A relation the article states between two actors, read "<actor> <type> <target>". */
export type RelationType = 'president-of' | 'former-president-of' | 'foreign-minister-of' | 'adviser-to' | 'stands-for';

/** Every relation type, for validation. */
export const RELATION_TYPES: readonly RelationType[] = [
  'president-of',
  'former-president-of',
  'foreign-minister-of',
  'adviser-to',
  'stands-for',
];

/** A directed relation from the owning actor to `target` (an actor id). */
interface Relation {
  type: RelationType;
  target: string;
  note?: string;
}

/** A person, government, organisation, media outlet or place the article names. */
export interface Actor {
  /** Stable kebab-case id; the mention engine and aliases.json are keyed by it. */
  id: string;
  /** Display name. */
  name: string;
  kind: ActorKind;
  /** One line in the article's own words ("Senior Zelenskyy adviser"). */
  description: string;
  relations: Relation[];
  note?: string;
}

/** A span of one paragraph: character (UTF-16 code unit) offsets into its text, `end` exclusive. */
export interface TextLocation {
  paragraphId: string;
  start: number;
  end: number;
}

/** How precise a date is; never more precise than the article. */
export type DatePrecision = 'day' | 'month' | 'year';

/** How a bound relates to the date it bounds: "before", "after", or "on or before" (the same day allowed). */
export type DateRelation = 'before' | 'after' | 'on-or-before';

/** Every date relation, for validation. */
export const DATE_RELATIONS: readonly DateRelation[] = ['before', 'after', 'on-or-before'];

/**
 * A date at the article's precision. `value` is ISO 8601 at that precision ("2025-09-05", "2022-02",
 * "2025"). With `relation` the date is a bound, not the date itself ("before 5 September 2025").
 * `inferred`: the article does not state it; the data reads it from the article's wording (the note says how), and
 * every display says so.
 */
export type EventDate =
  | { value: string; precision: DatePrecision; inferred?: boolean }
  | { relation: DateRelation; value: string; precision: DatePrecision; inferred?: boolean };

/** A direct quotation: the characters between the quotation marks, verbatim. */
export interface Quote {
  id: string;
  /** Who the article says said it (for the BBC's description of the Kerch Bridge, the BBC). */
  speakerId: string;
  /** Verbatim, without the enclosing quotation marks; inner punctuation (commas, "…") kept. */
  text: string;
  location: TextLocation;
  /** The whole sentence that contains the quotation. */
  sentence: TextLocation;
  date?: EventDate;
  /** Further dates on which the article says it was repeated. */
  repeatedOn?: EventDate[];
  /** Where it was said or posted, in the article's words ("posting on X (formerly Twitter)"). */
  medium?: string;
  /** The media actor the medium names, when it is one (X for Podolyak's post). */
  mediumId?: string;
  /** Media actors the article credits with reporting it. */
  outletIds?: string[];
  /** Actors the quotation is about. */
  aboutIds?: string[];
  note?: string;
}

/** A part of a statement's sentence and whose words it is: the writer's (`"writer"`) or an actor's (its id). */
interface StatementPart {
  /** Verbatim, somewhere in the statement's text. */
  text: string;
  by: string;
}

/** A position or claim the article reports without quotation marks. */
export interface Statement {
  id: string;
  speakerId: string;
  /** One sentence of the article, verbatim. */
  text: string;
  location: TextLocation;
  date?: EventDate;
  aboutIds?: string[];
  /** When the sentence mixes the speaker's position with the writer's (or another source's) words: whose each part is. */
  parts?: StatementPart[];
  note?: string;
}

/** Casualty figures as the article gives them. */
interface Casualties {
  killed?: { count: number; atLeast: boolean };
  injured?: { count: number; atLeast: boolean };
  /** The article's own words for the figures. */
  text: string;
}

/** Something that happened, as the article reports it. */
export interface ArticleEvent {
  id: string;
  title: string;
  /** Omitted when the article gives none (the note then says so). */
  date?: EventDate;
  repeatedOn?: EventDate[];
  participantIds: string[];
  /** Places (or countries) where it happened. */
  placeIds: string[];
  /** Actors the article names as the source of the report (not participants). */
  sourceIds?: string[];
  casualties?: Casualties;
  /** The sentence of the article that reports it. */
  location: TextLocation;
  note?: string;
}

/** One body paragraph of the article, verbatim. */
export interface Paragraph {
  /** "p1" … "pN", in order. */
  id: string;
  text: string;
}

/** The article and its metadata. */
interface Article {
  title: string;
  standfirst: string;
  section: string;
  readingTime: { text: string; minutes: number };
  /** The article has no publication date; this is derived from the latest date it mentions. */
  asOf: { date: string; derived: boolean; note: string };
  paragraphs: Paragraph[];
  note?: string;
}

/** Everything the panel shows. */
export interface ArticleData {
  article: Article;
  actors: Actor[];
  quotes: Quote[];
  statements: Statement[];
  events: ArticleEvent[];
}

/** The quote shown on the hover card. */
interface ContentShareQuote {
  text: string;
  date?: EventDate;
  medium?: string;
  outletNames?: string[];
}

/** One actor as the content script sees it. */
export interface ContentShareActor {
  id: string;
  name: string;
  kind: ActorKind;
  description: string;
  counts: { quotes: number; statements: number; events: number };
  topQuote?: ContentShareQuote;
  mainEvent?: { title: string; date?: EventDate };
}

/** The small shape loaded by the content script on every page: no paragraphs, no offsets. */
export interface ContentShare {
  article: { title: string; asOf: string };
  actors: ContentShareActor[];
}
