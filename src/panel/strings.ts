/**
 * The panel's user-visible strings. Each is looked up in `_locales` as `panel_<key>` first, so a
 * translation can replace it; the English here is the fallback while the locale files catch up.
 */
import { t } from '../shared/i18n';
import type { ActorKind } from '../data/types';

const EN = {
  title: 'Fact Context',
  navLabel: 'Views',
  viewPage: 'On this page',
  viewTimeline: 'Timeline',
  viewArticle: 'Article',
  viewSearch: 'Search',
  back: 'Back',
  searchLabel: 'Search people, quotes and events',
  searchPlaceholder: 'Search (any language)…',
  searchHint: 'Type at least two letters. Names match in any of the seven languages.',
  searchNone: 'Nothing in the article matches “$1”.',
  searchCount: '$1 results for “$2”',
  actorsHeading: 'Actors',
  quotesHeading: 'Quotes',
  statementsHeading: 'Statements',
  eventsHeading: 'Events',
  appearsWith: 'Appears with',
  actorOne: '1 actor found',
  actors: '$1 actors found',
  mentions: '$1 mentions',
  mentionOne: '1 mention',
  showMentions: 'Show mentions of $1',
  details: 'Details',
  detailsOf: 'Details about $1',
  goToMention: 'Go to mention $1 of $2',
  capped: 'This page is very large: only its first part was scanned.',
  loading: 'Looking at the page…',
  restricted: 'Fact Context cannot run on this page (browser pages and extension stores are closed to extensions). Here are the article’s actors to browse.',
  unavailable: 'Fact Context has not reached this page yet. Reload the page to find its mentions; meanwhile, here are the article’s actors.',
  noMentions: 'No actor of the article is mentioned on this page. Browse the article’s actors:',
  paused: 'Fact Context is paused on this site. Here are the article’s actors to browse.',
  disabled: 'Fact Context is switched off. Here are the article’s actors to browse.',
  allActors: 'All actors in the article',
  said: 'said',
  repeated: 'repeated $1',
  undated: 'date not given',
  reportedBy: 'Reported by $1',
  inArticle: 'Read in the article (paragraph $1)',
  noQuotes: 'The article quotes no words of theirs.',
  timelineIntro: 'Every event in the article, in date order, at the precision the article gives.',
  participants: 'Who',
  places: 'Where',
  sources: 'Source',
  paragraph: 'Paragraph $1',
  legendQuote: 'quotation',
  legendMention: 'mention of an actor',
  enabled: 'Highlight mentions',
  pauseSite: 'Pause on $1',
  settingsLabel: 'Quick settings',
  page: 'Page: $1',
  connecting: 'connecting…',
} as const;

/** A panel string key. */
export type StringKey = keyof typeof EN;

/** The panel string `key`, with `$1`, `$2`… replaced by `subs`. */
export function s(key: StringKey, ...subs: Array<string | number>): string {
  const localized = t(`panel_${key}`, subs.map(String));
  const text: string = localized && localized !== `panel_${key}` ? localized : EN[key];
  return text.replace(/\$(\d)/g, (_, i: string) => String(subs[Number(i) - 1] ?? ''));
}

const KIND_GROUPS: Record<ActorKind, string> = {
  person: 'People',
  government: 'Governments',
  organisation: 'Organisations',
  media: 'Media',
  place: 'Places',
};
const KIND_ONE: Record<ActorKind, string> = {
  person: 'Person',
  government: 'Government',
  organisation: 'Organisation',
  media: 'Media outlet',
  place: 'Place',
};

/** The heading for a group of actors of one kind ("People"). */
export const kindGroup = (kind: ActorKind): string => KIND_GROUPS[kind];
/** The label for one actor's kind ("Person"). */
export const kindLabel = (kind: ActorKind): string => KIND_ONE[kind];
/** "1 mention" / "5 mentions". */
export const mentionCount = (n: number): string => (n === 1 ? s('mentionOne') : s('mentions', n));
/** "1 actor found" / "4 actors found". */
export const actorCount = (n: number): string => (n === 1 ? s('actorOne') : s('actors', n));
