/**
 * Mentions of several texts in one compact, JSON-friendly answer: each actor id once, then flat
 * `[start, end, actor index, …]` triples per text. This is what crosses from the background, where matching
 * runs, to a content script: about a tenth of the size of the same mentions as objects.
 */
import type { Mention } from './types';

export interface PackedMentions {
  actorIds: string[];
  /** Per text, in the order the texts were given: start, end, index into `actorIds`, repeated. */
  found: number[][];
}

export function packMentions(lists: readonly (readonly Mention[])[]): PackedMentions {
  const actorIds: string[] = [];
  const index = new Map<string, number>();
  const found = lists.map((list) => {
    const flat: number[] = [];
    for (const m of list) {
      let i = index.get(m.actorId);
      if (i === undefined) {
        i = actorIds.length;
        actorIds.push(m.actorId);
        index.set(m.actorId, i);
      }
      flat.push(m.start, m.end, i);
    }
    return flat;
  });
  return { actorIds, found };
}

/** The inverse of `packMentions`; throws on an answer that is not one (a wrong count, an unknown actor index). */
export function unpackMentions(packed: PackedMentions, texts: number): Mention[][] {
  const { actorIds, found } = packed;
  if (!Array.isArray(found) || found.length !== texts) throw new Error(`packed mentions: ${Array.isArray(found) ? found.length : 'no'} lists for ${texts} texts`);
  return found.map((flat) => {
    if (flat.length % 3) throw new Error('packed mentions: a list is not made of [start, end, actor] triples');
    const out: Mention[] = [];
    for (let i = 0; i < flat.length; i += 3) {
      const actorId = actorIds[flat[i + 2]!];
      if (actorId === undefined) throw new Error(`packed mentions: unknown actor index ${flat[i + 2]}`);
      out.push({ start: flat[i]!, end: flat[i + 1]!, actorId });
    }
    return out;
  });
}
