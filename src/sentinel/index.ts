/**
 * The sentinel: all of Fact Context that a page runs until its text may name one of the article's actors. It is
 * the only script in the manifest, a few KB: the first look for the name keys (NameCheck), then a watch on the
 * text the page adds (see Watch). No card, no highlighter, no stylesheet, no scanner: a page that names nobody meets
 * nothing of ours it could detect.
 *
 * When the look finds a key, the sentinel tells the background (`sentinel` message), which injects the highlight
 * styles and the content script (src/content/) into this frame alone, where Fact Context is on for the tab's
 * site. The top frame reports once either way, so that the badge and the panel know the page was looked at.
 * Frames too small to show text (tracking pixels, hidden frames) do nothing until they grow.
 *
 * It uses the browser's own `browser` / `chrome` object, not webextension-polyfill (10 KB), and throws nothing into
 * the page: an extension that went away (reloaded, removed) just leaves it idle.
 */
import { CHANNEL, type BackgroundMessages, type Res, type Result } from '../shared/protocol';
import { Watch } from './watch';

/** A frame smaller than this on either side shows no text worth highlighting. */
const MIN_SIDE = 10;
const KEY = Symbol.for('fact-context.sentinel');

/** The little of the extension API the sentinel uses, as both browsers' own objects have it. */
interface ExtensionApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    onChanged: {
      addListener(listener: (changes: unknown, area: string) => void): void;
      removeListener(listener: (changes: unknown, area: string) => void): void;
    };
  };
}

const scope = globalThis as { [KEY]?: true; browser?: ExtensionApi; chrome?: ExtensionApi };
const api = scope.browser ?? scope.chrome;
const top = window === window.top;

/** Reports the look's result; resolves to the answer, or undefined when the extension is gone. */
async function report(keys: boolean): Promise<Res<BackgroundMessages, 'sentinel'> | undefined> {
  try {
    const answer = (await api!.runtime.sendMessage({ channel: CHANNEL, type: 'sentinel', data: { keys } })) as
      Result<Res<BackgroundMessages, 'sentinel'>> | undefined;
    return answer?.ok ? answer.value : undefined;
  } catch {
    return undefined; // the extension was reloaded or removed: this frame's sentinel stays idle
  }
}

/** Runs `then` on every change of the settings (storage.sync) until the returned function is called. */
function onSettingsChange(then: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync') then();
  };
  try {
    api!.storage.onChanged.addListener(listener);
  } catch {
    return () => {};
  }
  return () => {
    try {
      api!.storage.onChanged.removeListener(listener);
    } catch {
      // The extension context is gone, and its listener with it.
    }
  };
}

let stopListening = () => {};

/** The text may name an actor: ask for the content script; where Fact Context is off, ask again when that changes. */
async function found(): Promise<void> {
  const answer = await report(true);
  if (!answer || answer.started) return;
  stopListening();
  stopListening = onSettingsChange(() => {
    stopListening();
    void found();
  });
}

function begin(): void {
  new Watch(
    () => {
      stopListening();
      void found();
    },
    () => {
      // The top frame reports that it names nobody (and again when the settings change: paused or not).
      if (!top) return;
      void report(false);
      stopListening = onSettingsChange(() => void report(false));
    },
  ).start();
}

const tiny = () => !top && (innerWidth < MIN_SIDE || innerHeight < MIN_SIDE);

function main(): void {
  if (scope[KEY] || !api?.runtime?.id || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  scope[KEY] = true;
  if (!tiny()) return begin();
  const grown = () => {
    if (tiny()) return;
    removeEventListener('resize', grown);
    begin();
  };
  addEventListener('resize', grown, { passive: true });
}

try {
  main();
} catch (error) {
  if (__DEV__) console.debug('[Fact Context] sentinel not started:', error);
}
