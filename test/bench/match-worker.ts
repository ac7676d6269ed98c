/**
 * The benchmark's stand-in for the extension's background: the same `findMentionsIn` that answers the content
 * script's `find-mentions` messages, in a dedicated worker of the bench page (the bench loads no extension).
 * It reports its own busy time, so that the bench can show what matching costs off the page's main thread.
 */
import { findMentionsIn } from '../../src/background/matcher';

const scope = globalThis as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
};

scope.addEventListener('message', ({ data }: MessageEvent<{ id: number; texts: string[]; languages: string[] }>) => {
  const t0 = performance.now();
  const packed = findMentionsIn(data.texts, data.languages);
  scope.postMessage({ id: data.id, packed, ms: performance.now() - t0 });
});
