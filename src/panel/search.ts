/**
 * The panel's search: case- and diacritic-insensitive, over actors (any alias in any of the seven
 * languages), quotes, statements and events. Pure: no DOM, no browser API.
 */
import { articleData } from '../data/article-data';
import type { Actor, ArticleData, ArticleEvent, Quote, Statement } from '../data/types';
import { aliasesOf } from '../match';
import { eventActorIds, sortEvents } from './article-index';

/** Folds text for comparison: lower case, no diacritics ("Zełenski" → "zelenski"), single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a search found. */
export interface SearchResults {
  actors: Actor[];
  quotes: Quote[];
  statements: Statement[];
  events: ArticleEvent[];
  total: number;
}

/** The shortest query that searches (one letter matches nearly everything). */
export const MIN_QUERY = 2;

/**
 * Finds what matches `query`. An actor matches when its name, description or any alias contains the
 * query, or when the query contains an alias (so a selected phrase like "President Selenskyj said" finds
 * Zelenskyy). Quotes, statements and events match on their own text or on a matching actor.
 */
export function searchArticle(query: string, data: ArticleData = articleData): SearchResults {
  const q = fold(query);
  if (q.length < MIN_QUERY) return { actors: [], quotes: [], statements: [], events: [], total: 0 };
  const contains = (text: string | undefined) => text !== undefined && fold(text).includes(q);
  const aliasIn = (alias: string) => {
    const a = fold(alias);
    return (
      a.length >= 3 &&
      new RegExp(`(^|[^\\p{L}\\p{N}])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(q)
    );
  };
  const actors = data.actors.filter(
    (a) =>
      contains(a.name) ||
      contains(a.description) ||
      [a.name, ...aliasesOf(a.id)].some((alias) => contains(alias) || aliasIn(alias)),
  );
  const hit = new Set(actors.map((a) => a.id));
  const quotes = data.quotes.filter(
    (x) => contains(x.text) || contains(x.medium) || [x.speakerId, ...(x.aboutIds ?? [])].some((id) => hit.has(id)),
  );
  const statements = data.statements.filter(
    (x) => contains(x.text) || [x.speakerId, ...(x.aboutIds ?? [])].some((id) => hit.has(id)),
  );
  const events = sortEvents(
    data.events.filter(
      (x) => contains(x.title) || contains(x.casualties?.text) || eventActorIds(x).some((id) => hit.has(id)),
    ),
  );
  return {
    actors,
    quotes,
    statements,
    events,
    total: actors.length + quotes.length + statements.length + events.length,
  };
}
