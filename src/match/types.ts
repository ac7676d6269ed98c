/** A language whose press spelling and grammar the matcher knows. */

/** All supported languages, in a fixed order (bit i of a language mask is LANGUAGES[i]): the one list of them. */
export const LANGUAGES = ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl'] as const;
/** One of the supported languages. */
export type Language = (typeof LANGUAGES)[number];

/** One actor mention: UTF-16 offsets into the input string, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  actorId: string;
}

/** A compiled matcher: string in, mentions out (in order, non-overlapping). */
export interface Matcher {
  findMentions(text: string): Mention[];
}

/** A person's names in one language (see assets/article/aliases.json for the name syntax). */
export interface PersonNames {
  given?: string[];
  middle?: string[];
  surname: string[];
}

/** One actor's entry in aliases.json. */
export interface ActorAliases {
  id: string;
  kind: string;
  names: Partial<Record<Language, string[] | PersonNames>>;
  /** Words that, right before a name, make it someone or something else ("Melania" Trump, "Chicken" Kiev). */
  prevNot?: string[];
  /** Words that, right after a name, make it something else (Washington "Post", Paris "Hilton"). */
  nextNot?: string[];
  /** Per language, one of these words must come right before (the "West"). Compared case-insensitively. */
  prevRequired?: Partial<Record<Language, string[]>>;
  /** Reject when the next word is capitalised ("the West Bank", "the West Coast"). */
  nextNotCapitalized?: boolean;
  /** Surface forms that match only in these contexts (AP, the network X). */
  guard?: Record<string, Guard>;
  /** Lowercase forms (of names marked `+`) that are common words after all (ru "путина", the fishing season). */
  lowercaseNot?: string[];
}

/** Context a guarded form needs: any one of these suffices, unless a `not…` rule rejects it. */
interface Guard {
  prevWords?: string[];
  nextWords?: string[];
  prevChars?: string;
  nextChars?: string;
  /** RegExp source (flags "iu") tested on the text right after the form ("X (formerly Twitter)"). */
  nextPattern?: string;
  /** Words after a possessive "’s" ("X’s owner"). */
  possessedWords?: string[];
  /**
   * Words (prepositions: "on", "sur", "na") that suffice only when a punctuation mark follows the form ("…, he said
   * on X.") or a word of `postWords` precedes them ("posted on X that", "napisał na X"): "depends on X and Y" is not X.
   */
  weakPrevWords?: string[];
  postWords?: string[];
  /** Words after the form that reject it ("X and Y", "в X веке"). */
  notNextWords?: string[];
  /** After a hyphen, words that make a compound of the form ("X-Chef", "X-Account"); any other hyphen rejects it ("X-ray"). */
  hyphenWords?: string[];
}

/**
 * Words that make a place, country or government name part of the proper name of something else (a club, a
 * company, a treaty, a river, a person). Written in lowercase: compared case-insensitively; with a capital:
 * compared as written (and in ALL CAPS). See src/match/README.md, "Namesakes and compounds".
 */
interface NamesakeWords {
  /** Right after the name: "China Eastern", "Sumy State", "Moscow Mule", "Washington County". */
  next?: string[];
  /** Words between the name and a `next` word: "State" in "Sumy State University", "Art" in "Moscow Art Theatre". */
  nextModifiers?: string[];
  /** Right after the name and a hyphen: "Europa-League", "Москва-река", "Paris-Brest". */
  hyphenNext?: string[];
  /** Joined before the name by a hyphen: "Île-de-France". */
  hyphenPrev?: string[];
  /** Right before the name: "Air India", "Dynamo Kyiv", "Chicken Kiev", "Совет Европы", "Mount Washington". */
  prev?: string[];
  /** Before the name and one or two `joiners`: "Bank of China", "Tour de France", "Conseil de l’Europe". */
  head?: string[];
  joiners?: string[];
  /** Given names right before a place: a person with a place surname ("Anatole France", "Kanye West"). */
  given?: string[];
  /** After the name and a comma or an opening bracket: another place of that name ("Moscow, Idaho", "Paris (Texas)"). */
  region?: string[];
  /** Sayings built on a name, which stands for `{}` (any of its forms): "all the tea in {}", "язык до {} доведёт". */
  idioms?: string[];
}

/** The whole aliases.json file. */
export interface AliasTables {
  titles: Partial<Record<Language, { pre: string[]; head: string[] }>>;
  /** Per language; every language's words apply everywhere (brand names cross languages). */
  namesakes?: Partial<Record<Language, NamesakeWords>>;
  actors: ActorAliases[];
}

/** Per-actor rules as the runtime needs them (JSON-serialisable). */
export interface ActorRules {
  prevNot?: string[];
  nextNot?: string[];
  prevRequired?: string[];
  prevRequiredMask?: number;
  nextNotCapitalized?: boolean;
  guard?: Record<string, Guard>;
}

/** The namesake words of every language merged, as the runtime needs them (JSON-serialisable). */
export type CompiledNamesakes = Required<NamesakeWords>;

/** A candidate's meaning: [actorId, flags (see FLAG), language mask]. */
export type FormRef = [string, number, number];

/** Bit flags of a FormRef. */
export const FLAG = {
  /** The form names a person (titles may precede it, "Jr." after it rejects it). */
  PERSON: 1,
  /** Only in the context of one of the form's languages (inflected Latin forms, "Poutine"). */
  GATED: 2,
  /** Not at the start of a sentence in the context of the form's language (Polish "Sumy" = sums). */
  NOT_INITIAL: 4,
  /** Not inside an ALL-CAPS run ("US" vs "JOIN US"). */
  NOT_IN_CAPS: 8,
  /** A place, country or government: the namesake and compound rules apply ("Air India", "Moscow, Idaho"). */
  PLACE: 16,
  /**
   * Also a common word in the form's language (fr "Poutine" the dish, uk "Захід" an event): at a sentence start,
   * in a heading or in capitals, it counts only when the same text names the actor elsewhere in running text.
   */
  COMMON: 32,
} as const;

/** One candidate scan: a trie of some surface forms, run on a text only when `when` (if any) occurs in it. */
export interface CandidateScan {
  /** RegExp source, flags "gu". */
  pattern: string;
  /**
   * RegExp source, no flags (without "u" the engine tests it 1.6× faster; `\s` still means every Unicode
   * space): found in every text that holds one of the scan's forms, a cheap test before the scan.
   */
  when?: string;
  /** The test seldom holds: it is looked for together with the other rare ones, in one pass over a text. */
  rare?: boolean;
  /**
   * RegExp source, tried only at the very start of a text: keys that `when` finds only after whitespace (a lone
   * lowercase name, "zelensky …") but that may also open the text.
   */
  whenAtStart?: string;
}

/** Everything the matcher needs, as plain JSON, so a build step can precompute it. */
export interface CompiledTables {
  version: 1;
  languages: Language[];
  /**
   * The candidate scans: RegExp sources (flags "gu") of tries of the surface forms, split by first character
   * (see candidateScans); together they find every surface form. Small, and enough to tell that a text holds
   * no mention, so the content script keeps the rest of the tables unparsed until a scan finds a candidate.
   */
  candidates: CandidateScan[];
  /** Titles that may precede a person's name: heads ("President", "президента") and what may precede a head ("Russian"). */
  titles: { pre: string[]; head: string[] };
  /** Whitespace-normalised surface form → its meanings. */
  forms: Record<string, FormRef[]>;
  rules: Record<string, ActorRules>;
  /** Absent in tables compiled before namesake rules existed. */
  namesakes?: CompiledNamesakes;
}
