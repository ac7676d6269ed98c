/**
 * The content script's share of the article data: per actor only what matching and the hover card
 * need. Loaded on every page, so it carries no paragraphs, offsets or notes.
 */
import type { ArticleData, ArticleEvent, ContentShare, ContentShareActor, Quote, TextLocation } from './types';

/** Orders text locations by reading order (paragraph, then offset). */
function readingOrder(data: ArticleData): (a: TextLocation, b: TextLocation) => number {
  const index = new Map(data.article.paragraphs.map((p, i) => [p.id, i]));
  return (a, b) => (index.get(a.paragraphId) ?? 0) - (index.get(b.paragraphId) ?? 0) || a.start - b.start;
}

/**
 * The most telling quote of a speaker, chosen deterministically: first quotes the article credits to an
 * outlet (it names where they were reported), then ones the article dates (before ones whose date the data
 * infers), then the longest (a full sentence says
 * more than a fragment), then the earliest in the article.
 */
function pickTopQuote(data: ArticleData, actorId: string): Quote | undefined {
  const byReading = readingOrder(data);
  const rank = (q: Quote): number[] => [
    q.outletIds?.length ? 0 : 1,
    q.date ? (q.date.inferred ? 1 : 0) : 2,
    -q.text.length,
  ];
  return data.quotes
    .filter((q) => q.speakerId === actorId)
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
      return byReading(a.location, b.location);
    })[0];
}

/** How an actor takes part in an event: 0 participant, 1 place, 2 named source, undefined not at all. */
function role(e: ArticleEvent, actorId: string): number | undefined {
  if (e.participantIds.includes(actorId)) return 0;
  if (e.placeIds.includes(actorId)) return 1;
  if (e.sourceIds?.includes(actorId)) return 2;
  return undefined;
}

/**
 * The main event of an actor, chosen deterministically: events it takes part in before events held at
 * it (as a place) before events it reported, then dated before undated, then the earliest in the article.
 */
function pickMainEvent(data: ArticleData, actorId: string): ArticleEvent | undefined {
  const byReading = readingOrder(data);
  return data.events
    .filter((e) => role(e, actorId) !== undefined)
    .sort(
      (a, b) =>
        (role(a, actorId) ?? 0) - (role(b, actorId) ?? 0) ||
        (a.date ? 0 : 1) - (b.date ? 0 : 1) ||
        byReading(a.location, b.location),
    )[0];
}

/**
 * Builds the content-script share. Counts are the quotes and statements an actor made and the events it
 * takes part in, is the place of, or is named as the source of. Actors with a quote get `topQuote`;
 * the others get `mainEvent` when they have one.
 */
export function toContentShare(data: ArticleData): ContentShare {
  const names = new Map(data.actors.map((a) => [a.id, a.name]));
  const actors = data.actors.map((actor): ContentShareActor => {
    const out: ContentShareActor = {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      description: actor.description,
      counts: {
        quotes: data.quotes.filter((q) => q.speakerId === actor.id).length,
        statements: data.statements.filter((s) => s.speakerId === actor.id).length,
        events: data.events.filter((e) => role(e, actor.id) !== undefined).length,
      },
    };
    const quote = pickTopQuote(data, actor.id);
    if (quote) {
      out.topQuote = { text: quote.text };
      if (quote.date) out.topQuote.date = quote.date;
      if (quote.medium) out.topQuote.medium = quote.medium;
      if (quote.outletIds?.length) out.topQuote.outletNames = quote.outletIds.map((id) => names.get(id) ?? id);
      return out;
    }
    const event = pickMainEvent(data, actor.id);
    if (event) out.mainEvent = event.date ? { title: event.title, date: event.date } : { title: event.title };
    return out;
  });
  return { article: { title: data.article.title, asOf: data.article.asOf.date }, actors };
}
