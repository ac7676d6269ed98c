/**
 * The scanner's link to the mention engine. Matching runs in the background (src/background/matcher.ts):
 * the page's main thread only walks the DOM and sends text, and no frame loads or warms up the engine.
 */
import { checkPacked, type PackedMentions } from '../../match/packed';
import { extensionAlive } from '../../shared/browser';
import type { BackgroundPort } from '../../shared/background-port';
import { later } from '../../shared/timers';

/**
 * Matches page texts off this thread; resolves to each text's mentions, in the order of the texts, packed. Each
 * text comes in pieces (TextChunk.parts), joined where it is matched.
 */
export type MatchTexts = (texts: string[][]) => Promise<PackedMentions>;

/** A worker the browser was stopping may miss one message; a second try a moment later reaches the new one. */
const RETRY_MS = 250;

/** Matching by the background (over the frame's port to it), in these languages. Rejects when the background cannot answer. */
export function backgroundMatcher(languages: readonly string[], background: BackgroundPort): MatchTexts {
  const wanted = [...languages];
  return async (texts) => {
    let answer = await background.send('find-mentions', { texts, languages: wanted });
    if (!answer.ok && extensionAlive()) {
      await new Promise<void>((r) => later(r, RETRY_MS));
      answer = await background.send('find-mentions', { texts, languages: wanted });
    }
    if (!answer.ok) throw new Error(answer.error);
    return checkPacked(answer.value, texts.length);
  };
}
