/**
 * The background (Chrome service worker, Firefox event page): routes messages, keeps per-tab state in
 * storage.session, paints the badge, owns the context menu and keyboard commands. Listeners are registered
 * synchronously at the top level so that a stopped worker wakes up for them.
 */
import { browser } from '../shared/browser';
import { onMessages, sendToPanels, sendToTab } from '../shared/messaging';
import type { BackgroundMessages } from '../shared/protocol';
import { updateBadge } from './badge';
import { createContextMenu, onContextMenuClick } from './context-menu';
import { showInPanel, wireToolbarButton } from './panel';
import { installDevHooks } from './dev-hooks';
import { findMentionsIn } from './matcher';
import { clearTab, readTabState, recordFrame } from './tab-state';

const RESTRICTED = /^(?!https?:|file:)/;

onMessages<BackgroundMessages>(
  {
    ping: () => ({ version: browser.runtime.getManifest().version, browser: __BROWSER__ }),

    'frame-summary': async (summary, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      const state = await recordFrame(tabId, sender.frameId ?? 0, summary);
      await updateBadge(state);
      await sendToPanels('tab-state-changed', { tabId });
      return null;
    },

    'get-tab-state': async ({ tabId }) => {
      const tab =
        tabId === undefined
          ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
          : await browser.tabs.get(tabId);
      if (!tab?.id) return { tabId: -1, frames: {}, restricted: true };
      const state = await readTabState(tab.id);
      // Without access to a tab's URL (browser pages, stores, a site the user withdrew in Firefox), the
      // content script cannot run there either.
      return { ...state, url: tab.url, restricted: tab.url === undefined || RESTRICTED.test(tab.url) };
    },

    'show-in-panel': ({ actorId }, sender) => {
      if (sender.tab?.id === undefined) return { opened: false };
      return showInPanel(sender.tab.id, sender.tab.windowId, actorId);
    },

    'find-mentions': ({ texts, languages }) => findMentionsIn(texts, languages),
    // Content scripts send these two over a port (see portToBackground): the page's main thread pays less per message.
  },
  undefined,
  { ports: true },
);

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A full navigation starts: the new page's content script reports afresh. (Client-side route changes keep
  // the status; the top frame's next report, with its new URL, replaces the old state in recordFrame.)
  if (change.status !== 'loading' || change.url === undefined) return;
  void clearTab(tabId)
    .then(() => updateBadge({ tabId, frames: {} }))
    .then(() => sendToPanels('tab-state-changed', { tabId }));
});
browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));

browser.commands.onCommand.addListener((command, tab) => {
  const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
  if (!direction) return;
  const target = tab?.id ?? undefined;
  const send = (tabId: number) => sendToTab(tabId, 'step-mention', { direction });
  if (target !== undefined) void send(target);
  else
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => (active?.id === undefined ? undefined : send(active.id)));
});

browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));

browser.runtime.onInstalled.addListener(({ reason }) => {
  createContextMenu();
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('onboarding.html') });
});

wireToolbarButton();

// Development builds only (the branch is removed from release builds): lets end-to-end tests call the
// context-menu handler, which no test can click.
if (__DEV__) installDevHooks();
