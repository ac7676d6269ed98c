/**
 * Test hooks for development builds: a browser's context menu cannot be clicked from a test, so the
 * end-to-end tests call the real click handler with the data a click passes; and they ask which run of the
 * background script answers, to see that Firefox suspended its event page. Release builds leave this
 * module out (`if (__DEV__)` in index.ts), and even here only the extension's own pages may use it.
 */
import { browser, type Runtime, type Tabs } from '../shared/browser';
import { onContextMenuClick } from './context-menu';

/** The channel of test-only messages (never sent by the product itself). */
const DEV_CHANNEL = 'fact-context/dev';

type DevMessage = { channel: typeof DEV_CHANNEL } & (
  | { type: 'context-menu-click'; info: { menuItemId: string; selectionText?: string }; tabId: number }
  /** Which run of the background script answers: a suspended and restarted one answers with a new id. */
  | { type: 'instance' }
);

/** Made when the background script starts (again, after the browser suspended it). */
const INSTANCE = `${Date.now()}-${Math.random().toString(36).slice(2)}`;

function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

/** Registers the test hooks (also on the worker's global, for tests that evaluate in the Chrome worker). */
export function installDevHooks(): void {
  (globalThis as { factContextDev?: unknown }).factContextDev = { onContextMenuClick };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const m = message as DevMessage;
    if (m?.channel !== DEV_CHANNEL || !fromOwnPage(sender)) return undefined;
    if (m.type === 'instance') return Promise.resolve({ ok: true, value: INSTANCE });
    if (m.type !== 'context-menu-click') return undefined;
    return browser.tabs
      .get(m.tabId)
      .then((tab: Tabs.Tab) => onContextMenuClick(m.info, tab))
      .then(() => ({ ok: true }));
  });
}
