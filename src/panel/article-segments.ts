/**
 * Splits each paragraph of the article into runs of text that share their marks: inside a quotation,
 * inside an actor's mention, inside the sentence of a quote/statement/event (the targets that the
 * panel's "Read in the article" links point at). Pure: no DOM, no browser API.
 */
import { articleData } from '../data/article-data';
import type { ArticleData, Paragraph } from '../data/types';
import { matcherFor } from '../shared/article-matcher';

/** A run of a paragraph's text. */
export interface Segment {
  text: string;
  /** The quote whose verbatim words these are. */
  quoteId?: string;
  /** The actor this run mentions. */
  actorId?: string;
  /** Ids of the quotes, statements and events whose sentence includes this run. */
  anchors: string[];
}

interface Span {
  start: number;
  end: number;
}

/** The paragraph's runs, in order; joined, their text is the paragraph's text. */
export function paragraphSegments(paragraph: Paragraph, data: ArticleData = articleData): Segment[] {
  const here = <T extends { paragraphId: string }>(loc: T) => loc.paragraphId === paragraph.id;
  const quotes = data.quotes.filter((q) => here(q.location)).map((q) => ({ id: q.id, ...q.location }));
  const anchors: Array<Span & { id: string }> = [
    ...data.quotes.filter((q) => here(q.sentence)).map((q) => ({ id: q.id, ...q.sentence })),
    ...data.statements.filter((x) => here(x.location)).map((x) => ({ id: x.id, ...x.location })),
    ...data.events.filter((x) => here(x.location)).map((x) => ({ id: x.id, ...x.location })),
  ];
  const mentions = matcherFor().findMentions(paragraph.text);
  const cuts = new Set([0, paragraph.text.length]);
  for (const span of [...quotes, ...anchors, ...mentions]) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= paragraph.text.length).sort((a, b) => a - b);
  const inside = (span: Span, at: number) => span.start <= at && at < span.end;
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const segment: Segment = {
      text: paragraph.text.slice(start, points[i + 1]),
      quoteId: quotes.find((q) => inside(q, start))?.id,
      actorId: mentions.find((m) => inside(m, start))?.actorId,
      anchors: anchors.filter((a) => inside(a, start)).map((a) => a.id),
    };
    const last = segments.at(-1);
    // Merge neighbours with the same marks, so the DOM stays small.
    if (
      last &&
      last.quoteId === segment.quoteId &&
      last.actorId === segment.actorId &&
      last.anchors.join() === segment.anchors.join()
    )
      last.text += segment.text;
    else segments.push(segment);
  }
  return segments;
}
