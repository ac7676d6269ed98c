/**
 * The browser seam: the only module that imports webextension-polyfill. Tests replace it with a fake
 * (`vi.mock`), and everything else reaches extension APIs through it.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

/** True while this script's extension context is alive; false once the extension was updated, reloaded or removed. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
