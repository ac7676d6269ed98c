/**
 * The background (Chrome service worker, Firefox event page): routes messages, keeps per-tab state in
 * storage.session, paints the badge, owns the context menu and keyboard commands. Listeners are registered
 * synchronously at the top level so that a stopped worker wakes up for them.
 */
import { browser } from '../shared/browser';
import { fromContentScript, fromExtensionPage, onMessages, sendToPanels, sendToTab } from '../shared/messaging';
import { TITLE_MAX, type BackgroundMessages, type FrameCounts } from '../shared/protocol';
import { activeOn, loadSettings, siteKey } from '../shared/settings';
import { updateBadge } from './badge';
import { createContextMenu, onContextMenuClick } from './context-menu';
import { FairQueue } from './fair-queue';
import { injectCard, injectContent } from './inject';
import {
  checkFindMentions,
  checkFrameSummary,
  checkGetTabState,
  checkSentinel,
  checkShowInPanel,
} from './message-checks';
import { clearPending, showInPanel, wireToolbarButton } from './panel';
import { installDevHooks } from './dev-hooks';
import { findMentionsIn } from './matcher';
import { clearTab, closeTab, keepTopFrame, readTabState, recordFrame } from './tab-state';

const RESTRICTED = /^(?!https?:|file:)/;

/** Matching takes turns between tabs: a tab that floods the background delays only itself. */
const matching = new FairQueue();

/** An address without its query and fragment, which may hold tokens the panel has no use for. */
function withoutQuery(url: string | undefined): string | undefined {
  return url?.replace(/[?#].*$/s, '');
}

/** Keeps a frame's counts, and repaints the tab's badge and open panels. */
async function record(tabId: number, frameId: number, frame: FrameCounts): Promise<void> {
  const state = await recordFrame(tabId, frameId, frame);
  await updateBadge(state);
  await sendToPanels('tab-state-changed', { tabId });
}

onMessages<BackgroundMessages>(
  {
    // The tab and frame are the browser's (the sender), never the message's.
    'frame-summary': async (data, sender) => {
      await record(sender.tab!.id!, sender.frameId!, checkFrameSummary(data));
      return null;
    },

    // The tab's site is the browser's address of the tab, as "Pause on this site" reads it (see top-site.ts).
    sentinel: async (data, sender) => {
      const keys = checkSentinel(data);
      const tabId = sender.tab!.id!;
      const frameId = sender.frameId!;
      const settings = await loadSettings();
      const on = activeOn(settings, siteKey(sender.tab!.url ?? ''));
      if (keys && on && (await injectContent(tabId, frameId))) return { started: true };
      // Sub-frames that show nothing stay quiet, as the content script's do; the top frame reports its state.
      if (frameId === 0) {
        const inactive = on ? {} : { inactive: settings.enabled ? ('paused' as const) : ('disabled' as const) };
        await record(tabId, frameId, { counts: {}, total: 0, capped: false, ...inactive });
      }
      return { started: false };
    },

    'load-card': async (_data, sender) => {
      await injectCard(sender.tab!.id!, sender.frameId!);
      return null;
    },

    'get-tab-state': async (data) => {
      const tabId = checkGetTabState(data);
      const tab =
        tabId === undefined
          ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
          : await browser.tabs.get(tabId).catch(() => undefined);
      if (!tab?.id) return { tabId: -1, frames: {}, restricted: true };
      const state = await readTabState(tab.id);
      // Without access to a tab's URL (browser pages, stores, a site the user withdrew in Firefox), the
      // content script cannot run there either.
      return {
        ...state,
        url: withoutQuery(tab.url),
        title: tab.title?.slice(0, TITLE_MAX),
        restricted: tab.url === undefined || RESTRICTED.test(tab.url),
      };
    },

    'show-in-panel': (data, sender) => {
      const actorId = checkShowInPanel(data);
      return showInPanel(sender.tab!.id!, sender.tab!.windowId, actorId);
    },

    'find-mentions': (data, sender) => {
      const { texts, languages, chars } = checkFindMentions(data);
      return matching.run(sender.tab!.id!, chars, () => findMentionsIn(texts, languages));
    },

    // Only the site, never the address: a frame of another origin learns no more than Chrome's ancestorOrigins tells.
    'top-site': (_data, sender) => ({ site: siteKey(sender.tab?.url ?? '') }),
    // Content scripts send frame-summary and find-mentions over a port (see portToBackground): the page's main
    // thread pays less per message. The same rules apply there.
  },
  {
    'frame-summary': fromContentScript,
    sentinel: fromContentScript,
    'load-card': fromContentScript,
    'get-tab-state': fromExtensionPage,
    'show-in-panel': fromContentScript,
    'find-mentions': fromContentScript,
    'top-site': fromContentScript,
  },
  { ports: true },
);

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url === undefined) return;
  // A full navigation starts: the new page's content script reports afresh. A client-side route change keeps the
  // top frame's counts (its next report replaces them) and drops the sub-frames', which report again if still there.
  if (change.status !== 'loading') {
    void keepTopFrame(tabId).then(updateBadge);
    return;
  }
  void clearTab(tabId)
    .then(() => updateBadge({ tabId, frames: {} }))
    .then(() => sendToPanels('tab-state-changed', { tabId }));
});
// A closed tab leaves nothing behind: its counts, and a look-up or "Show in panel" no panel picked up.
browser.tabs.onRemoved.addListener((tabId) => {
  void closeTab(tabId);
  void clearPending(tabId);
});

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
