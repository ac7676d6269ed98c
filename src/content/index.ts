/**
 * The content script: the background injects it into a frame whose text may name an actor, once the sentinel
 * (src/sentinel/) found a name key there and Fact Context is on for the site. Nothing here throws into the page:
 * start-up failures are caught and logged only in development builds.
 */
import { isOwnUi, removeOrphanHosts } from './card/own-ui';
import { extensionAlive } from '../shared/browser';
import { loadSettings, watchSettings } from '../shared/settings';
import { startController, type Controller } from './controller';
import { topSite } from './top-site';
import { ALL_HIGHLIGHT_NAMES } from './paint/highlight-names';

const KEY = Symbol.for('fact-context.content');

async function main(): Promise<void> {
  const scope = globalThis as { [KEY]?: Controller };
  if (scope[KEY] || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  // An instance orphaned by an extension reload may have left highlights behind, and its card: Firefox unloads
  // the old script with the old extension, so it cannot take them away itself (a stale card stayed on the page).
  for (const name of ALL_HIGHLIGHT_NAMES) CSS.highlights.delete(name);
  removeOrphanHosts(document);
  const [settings, site] = await Promise.all([loadSettings(), topSite()]);
  let unwatch = () => {};
  const controller = startController(settings, {
    isOwnUi,
    site,
    keysFound: true,
    onDestroy: () => {
      unwatch();
      delete scope[KEY];
    },
  });
  scope[KEY] = controller;
  unwatch = watchSettings((next) => (extensionAlive() ? controller.applySettings(next) : controller.destroy()));
}

main().catch((error: unknown) => {
  if (__DEV__) console.debug('[Fact Context] not started:', error);
});
