/**
 * Keeps the panel on the reader's tab: which tab to follow (the active tab of the panel's window, or
 * `?tab=<id>` when the panel page is opened as a tab, as the end-to-end tests do), what that tab's page
 * holds (the background's frame counts first; an actor's mentions when the reader opens it), and the requests
 * the background forwards for that tab ("Show in panel", context-menu look-up).
 */
import { browser } from '../shared/browser';
import { fromExtensionPage, onMessages, sendToBackground, sendToTab } from '../shared/messaging';
import type { PanelMessages } from '../shared/protocol';
import { loadSettings, watchSettings } from '../shared/settings';
import { actorById } from './article-index';
import { checkTabView, parseMentionItems } from './incoming';
import { emptyPage, go, page, search, settings, tabId, type ListedMention, type PageState } from './state';

/** Changes that come faster than this (a page that keeps changing) refresh the panel once per this many ms. */
const REFRESH_EVERY_MS = 150;
/** A pending request older than this was meant for an earlier panel; ignore it. */
const PENDING_MAX_AGE_MS = 5 * 60_000;
/** The longest look-up text the context menu sends (src/background/context-menu.ts). */
const SEARCH_MAX = 200;

let generation = 0;

/**
 * Reads the followed tab's page afresh: the counts come from the background's frame summaries (one message, however
 * many frames); the mentions only of the actors the reader opened, from the frames that count them. Answers that
 * arrive after a newer refresh started are dropped.
 */
async function refreshPage(forTab: number): Promise<void> {
  const mine = ++generation;
  const answer = await sendToBackground('get-tab-state', { tabId: forTab });
  if (mine !== generation || tabId.value !== forTab) return;
  const state = answer.ok ? checkTabView(answer.value) : undefined;
  if (!state || state.restricted) {
    page.value = { ...emptyPage('restricted'), url: state?.url };
    return;
  }
  const { frames, url, title } = state;
  const next: PageState = {
    ...emptyPage(Object.keys(frames).length ? 'ready' : 'unavailable'),
    url,
    title,
    inactive: frames['0']?.inactive,
    capped: Object.values(frames).some((f) => f.capped),
  };
  for (const [frameId, frame] of Object.entries(frames)) {
    next.frameCounts[Number(frameId)] = frame.counts;
    for (const [actorId, n] of Object.entries(frame.counts)) next.counts[actorId] = (next.counts[actorId] ?? 0) + n;
  }
  // The mentions the reader has open are fetched again (they may have changed); the others wait until opened.
  const open = page.value.status === 'ready' ? Object.keys(page.value.mentions) : [];
  const lists = await Promise.all(open.map((actorId) => fetchMentions(forTab, next.frameCounts, actorId)));
  if (mine !== generation || tabId.value !== forTab) return;
  open.forEach((actorId, i) => {
    if (next.counts[actorId]) next.mentions[actorId] = lists[i]!;
  });
  page.value = next;
}

/** One actor's mentions, asked of the frames that count them; a frame that does not answer adds none. */
async function fetchMentions(
  forTab: number,
  frameCounts: PageState['frameCounts'],
  actorId: string,
): Promise<ListedMention[]> {
  const frameIds = Object.keys(frameCounts)
    .map(Number)
    .filter((id) => frameCounts[id]?.[actorId])
    .sort((a, b) => a - b);
  const answers = await Promise.all(
    frameIds.map((frameId) =>
      sendToTab(forTab, 'list-mentions', { actorId }, frameId).then((r) => ({
        frameId,
        items: r.ok ? parseMentionItems(r.value?.itemsJson, actorId) : undefined,
      })),
    ),
  );
  return answers.flatMap(({ frameId, items }) => (items ?? []).map((m) => ({ ...m, frameId })));
}

/** The actors whose mentions are being fetched, per refresh: a row that renders again asks only once. */
const loading = new Set<string>();

/** Fetches an actor's mentions for the followed tab (when the reader opens the actor), once. */
export async function loadMentions(actorId: string): Promise<void> {
  const forTab = tabId.value;
  const shown = page.value;
  const mine = generation;
  const key = `${mine}:${actorId}`;
  if (forTab === undefined || shown.status !== 'ready' || shown.mentions[actorId] || loading.has(key)) return;
  loading.add(key);
  const list = await fetchMentions(forTab, shown.frameCounts, actorId).finally(() => loading.delete(key));
  if (mine !== generation || tabId.value !== forTab) return;
  page.value = { ...page.value, mentions: { ...page.value.mentions, [actorId]: list } };
}

/** Scrolls the page to a mention and flashes it. */
export function revealMention(m: ListedMention): void {
  if (tabId.value !== undefined)
    void sendToTab(tabId.value, 'reveal-mention', { actorId: m.actorId, n: m.n }, m.frameId);
}

/** Applies (once) what the background stored for a panel that was not open yet. */
async function applyPending(forTab: number): Promise<void> {
  const key = `pending:${forTab}`;
  const stored = (await browser.storage.session.get(key).catch(() => ({}))) as Record<
    string,
    { actorId?: string; search?: string; at?: number } | undefined
  >;
  const pending = stored[key];
  if (!pending) return;
  // Read once, and gone: an entry too old to apply is deleted all the same.
  await browser.storage.session.remove(key).catch(() => undefined);
  if (Date.now() - (pending.at ?? 0) > PENDING_MAX_AGE_MS) return;
  if (typeof pending.actorId === 'string' && actorById(pending.actorId))
    go({ name: 'actor', actorId: pending.actorId }, forTab);
  else if (typeof pending.search === 'string' && pending.search) search(pending.search.slice(0, SEARCH_MAX), forTab);
}

/** Follows `next` (no-op when already following it). */
function follow(next: number): void {
  if (tabId.value === next) return;
  tabId.value = next;
  page.value = emptyPage();
  void applyPending(next);
  void refreshPage(next);
}

/** Starts following the reader; everything stops when `signal` aborts. */
export async function startPageSync(signal: AbortSignal): Promise<void> {
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
  // Set once the window is known; the listeners below may run before that.
  let windowId: number | undefined = undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // At most one refresh per REFRESH_EVERY_MS: a page that changes all the time must not keep the panel from
  // refreshing (as a debounce would) nor make it ask the page on every change.
  const refreshSoon = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (tabId.value !== undefined) void refreshPage(tabId.value);
    }, REFRESH_EVERY_MS);
  };
  const followActive = async () => {
    if (pinned !== undefined) return follow(pinned);
    const [active] = await browser.tabs.query({
      active: true,
      ...(windowId === undefined ? { currentWindow: true } : { windowId }),
    });
    if (active?.id !== undefined) follow(active.id);
  };

  // Only the background speaks to panels, and a request about a tab is for the panel that shows that tab: a look-up
  // in another window (a private one, say) neither shows here nor enters this panel's history. It stays pending
  // for that tab's own panel.
  const forThisPanel = (forTab: unknown): forTab is number => Number.isInteger(forTab) && forTab === tabId.value;
  const stopMessages = onMessages<PanelMessages>(
    {
      'tab-state-changed': ({ tabId: changed }) => {
        if (forThisPanel(changed)) refreshSoon();
        return null;
      },
      'select-actor': ({ tabId: forTab, actorId }) => {
        if (!forThisPanel(forTab) || typeof actorId !== 'string' || !actorById(actorId)) return null;
        go({ name: 'actor', actorId }, forTab);
        void browser.storage.session.remove(`pending:${forTab}`).catch(() => undefined);
        return null;
      },
      'search-for': ({ tabId: forTab, text }) => {
        if (!forThisPanel(forTab) || typeof text !== 'string') return null;
        search(text.slice(0, SEARCH_MAX), forTab);
        void browser.storage.session.remove(`pending:${forTab}`).catch(() => undefined);
        return null;
      },
    },
    {
      'tab-state-changed': fromBackground,
      'select-actor': fromBackground,
      'search-for': fromBackground,
    },
  );
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (pinned === undefined && info.windowId === windowId) follow(info.tabId);
  };
  const onUpdated = (changed: number, change: { status?: string; url?: string; title?: string }) => {
    if (changed === tabId.value && (change.url !== undefined || change.status === 'complete')) refreshSoon();
  };
  const onFocusChanged = (focused: number) => {
    if (focused === windowId) void followActive();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows.onFocusChanged.addListener(onFocusChanged);
  const stopSettings = watchSettings((next) => (settings.value = next));
  signal.addEventListener('abort', () => {
    stopMessages();
    stopSettings();
    clearTimeout(timer);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.windows.onFocusChanged.removeListener(onFocusChanged);
  });

  void loadSettings().then(
    (loaded) => (settings.value = loaded),
    () => undefined,
  );
  windowId = await browser.windows.getCurrent().then(
    (w) => w.id,
    () => undefined,
  );
  await followActive();
}

/** The background: an extension context with no tab (a content script always has one). */
const fromBackground = (sender: Parameters<typeof fromExtensionPage>[0]) =>
  sender.tab === undefined && fromExtensionPage(sender);
