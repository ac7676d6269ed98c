/** Page mentions of "Putin" (a person) and "Kyiv" (a place) in the current document, as the scanner makes them. */
import { toPageMentions, type PageMention } from '../../../src/content/mentions/page-mention';
import { RunWalker } from '../../../src/content/scan/text-runs';
import type { HighlightGroup } from '../../../src/shared/settings';

const ACTORS = ['putin', 'kyiv'];

/** The mentions in the block with this id. */
export function mentionsOf(id: string): PageMention[] {
  const chunk = new RunWalker(document.getElementById(id)!).next()!;
  const flat = [...chunk.parts.join('').matchAll(/Putin|Kyiv/g)].flatMap((m) => [
    m.index,
    m.index + m[0].length,
    ACTORS.indexOf(m[0].toLowerCase()),
  ]);
  return toPageMentions(chunk, flat, ACTORS);
}

/** Putin is a person, Kyiv a place. */
export const groupOf = (actorId: string): HighlightGroup => (actorId === 'putin' ? 'people' : 'places');
