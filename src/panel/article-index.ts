/** Look-ups over the bundled article that the panel's views share. Pure: no DOM, no browser API. */
import { articleData } from '../data/article-data';
import {
  ACTOR_KINDS,
  type Actor,
  type ActorKind,
  type ArticleData,
  type ArticleEvent,
  type EventDate,
} from '../data/types';

/** The actor with this id. */
export function actorById(id: string, data: ArticleData = articleData): Actor | undefined {
  return data.actors.find((a) => a.id === id);
}

/** A sortable key for a date ("2025-09" sorts before "2025-09-05"); undated sorts last. */
function dateKey(date: EventDate | undefined): string {
  if (!date) return '9999';
  // "before X" (and "on or before X") sorts just before X, "after X" just after it.
  return `${date.value}${'relation' in date ? (date.relation === 'after' ? '~' : '!') : '#'}`;
}

/** Events in date order (stable for equal dates: the article's order). */
export function sortEvents(events: readonly ArticleEvent[]): ArticleEvent[] {
  return [...events].sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)));
}

/** Every actor id an event involves: participants, places and sources. */
export const eventActorIds = (e: ArticleEvent): string[] => [
  ...e.participantIds,
  ...e.placeIds,
  ...(e.sourceIds ?? []),
];

/** An actor's quotes, statements and events, and the actors it appears with in them. */
export function actorFacts(actorId: string, data: ArticleData = articleData) {
  const quotes = data.quotes.filter((q) => q.speakerId === actorId);
  const statements = data.statements.filter((st) => st.speakerId === actorId);
  const events = sortEvents(data.events.filter((e) => eventActorIds(e).includes(actorId)));
  const together = new Set<string>();
  for (const q of data.quotes) {
    const ids = [q.speakerId, ...(q.aboutIds ?? []), ...(q.outletIds ?? []), ...(q.mediumId ? [q.mediumId] : [])];
    if (ids.includes(actorId)) ids.forEach((id) => together.add(id));
  }
  for (const st of data.statements) {
    const ids = [st.speakerId, ...(st.aboutIds ?? [])];
    if (ids.includes(actorId)) ids.forEach((id) => together.add(id));
  }
  for (const e of events) eventActorIds(e).forEach((id) => together.add(id));
  together.delete(actorId);
  const related = [...together].map((id) => actorById(id, data)).filter((a): a is Actor => Boolean(a));
  related.sort((a, b) => a.name.localeCompare(b.name));
  return { quotes, statements, events, related };
}

/** Actors grouped by kind in the stable kind order, each group sorted by `order` (default: name). */
export function groupByKind<T extends { kind: ActorKind }>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): Array<[ActorKind, T[]]> {
  return ACTOR_KINDS.map(
    (kind) => [kind, items.filter((i) => i.kind === kind).sort(compare)] as [ActorKind, T[]],
  ).filter(([, group]) => group.length > 0);
}

/** The 1-based number of a paragraph id ("p3" → 3). */
export const paragraphNumber = (paragraphId: string): number => Number(paragraphId.replace(/^p/, ''));
