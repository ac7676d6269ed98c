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

/** Throws unless `packed` answers `texts` texts: one list of whole triples per text, each naming a known actor. */
export function checkPacked(packed: PackedMentions, texts: number): PackedMentions {
  const { actorIds, found } = packed;
  if (!Array.isArray(found) || found.length !== texts)
    throw new Error(`packed mentions: ${Array.isArray(found) ? found.length : 'no'} lists for ${texts} texts`);
  for (const flat of found) {
    if (flat.length % 3) throw new Error('packed mentions: a list is not made of [start, end, actor] triples');
    for (let i = 2; i < flat.length; i += 3)
      if (actorIds[flat[i]!] === undefined) throw new Error(`packed mentions: unknown actor index ${flat[i]}`);
  }
  return packed;
}

/** The inverse of `packMentions`; throws on an answer that is not one (a wrong count, an unknown actor index). */
export function unpackMentions(packed: PackedMentions, texts: number): Mention[][] {
  const { actorIds, found } = checkPacked(packed, texts);
  return found.map((flat) => {
    const out: Mention[] = [];
    for (let i = 0; i < flat.length; i += 3)
      out.push({ start: flat[i]!, end: flat[i + 1]!, actorId: actorIds[flat[i + 2]!]! });
    return out;
  });
}
