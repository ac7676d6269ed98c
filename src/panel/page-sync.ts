/**
 * Keeps the panel on the reader's tab: which tab to follow (the active tab of the panel's window, or
 * `?tab=<id>` when the panel page is opened as a tab, as the end-to-end tests do), what that tab's page
 * holds (the background's frame summaries plus each frame's mention list), and the requests the
 * background forwards ("Show in panel", context-menu look-up).
 */
import { browser } from '../shared/browser';
import { onMessages, sendToBackground, sendToTab } from '../shared/messaging';
import type { MentionItem, PanelMessages } from '../shared/protocol';
import { loadSettings, watchSettings } from '../shared/settings';
import { connection, emptyPage, go, page, search, settings, tabId, type PageMention, type PageState } from './state';
import { s } from './strings';

const REFRESH_DEBOUNCE_MS = 150;
/** A pending request older than this was meant for an earlier panel; ignore it. */
const PENDING_MAX_AGE_MS = 5 * 60_000;

let generation = 0;

/** Reads the followed tab's page afresh; answers that arrive after a newer refresh started are dropped. */
export async function refreshPage(forTab: number): Promise<void> {
  const mine = ++generation;
  const state = await sendToBackground('get-tab-state', { tabId: forTab });
  if (mine !== generation || tabId.value !== forTab) return;
  if (!state.ok || state.value.restricted) {
    page.value = { ...emptyPage('restricted'), url: state.ok ? state.value.url : undefined };
    return;
  }
  const { frames, url } = state.value;
  const frameIds = Object.keys(frames).map(Number);
  if (!frameIds.includes(0)) frameIds.unshift(0);
  const answers = await Promise.all(
    frameIds.map((frameId) =>
      sendToTab(forTab, 'list-mentions', {}, frameId).then((r) => ({
        frameId,
        r,
        items: r.ok ? parseItems(r.value.itemsJson) : undefined,
      })),
    ),
  );
  if (mine !== generation || tabId.value !== forTab) return;
  const top = frames['0'];
  const answered = answers.filter((a) => a.items);
  const next: PageState = {
    ...emptyPage(answered.length ? 'ready' : 'unavailable'),
    url,
    title: top?.title,
    inactive: top?.inactive,
  };
  const mentions: PageMention[] = [];
  for (const { frameId, items } of answered) for (const m of items!) mentions.push({ ...m, frameId });
  next.mentions = mentions;
  next.capped = answers.some((a) => a.r.ok && a.r.value.capped) || Object.values(frames).some((f) => f.capped);
  for (const m of mentions) next.counts[m.actorId] = (next.counts[m.actorId] ?? 0) + 1;
  page.value = next;
}

/** A frame's mention list from its JSON text; undefined when it is not a list (that frame then counts as unanswered). */
function parseItems(json: string): MentionItem[] | undefined {
  try {
    const items: unknown = JSON.parse(json);
    return Array.isArray(items) ? (items as MentionItem[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Scrolls the page to a mention and flashes it. */
export function revealMention(m: PageMention): void {
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
  if (!pending || Date.now() - (pending.at ?? 0) > PENDING_MAX_AGE_MS) return;
  await browser.storage.session.remove(key).catch(() => undefined);
  if (pending.actorId) go({ name: 'actor', actorId: pending.actorId }, forTab);
  else if (pending.search) search(pending.search, forTab);
}

/** Follows `next` (no-op when already following it). */
export function follow(next: number): void {
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
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => tabId.value !== undefined && void refreshPage(tabId.value), REFRESH_DEBOUNCE_MS);
  };
  const followActive = async () => {
    if (pinned !== undefined) return follow(pinned);
    const [active] = await browser.tabs.query({
      active: true,
      ...(windowId === undefined ? { currentWindow: true } : { windowId }),
    });
    if (active?.id !== undefined) follow(active.id);
  };

  const stopMessages = onMessages<PanelMessages>(
    {
      'tab-state-changed': ({ tabId: changed }) => {
        if (changed === tabId.value) refreshSoon();
        return null;
      },
      'select-actor': ({ tabId: forTab, actorId }) => {
        go({ name: 'actor', actorId }, forTab);
        void browser.storage.session.remove(`pending:${forTab}`).catch(() => undefined);
        return null;
      },
      'search-for': ({ text }) => {
        if (tabId.value !== undefined) {
          search(text);
          void browser.storage.session.remove(`pending:${tabId.value}`).catch(() => undefined);
        }
        return null;
      },
    },
    // Only the background speaks to panels; content scripts (sender.tab set) are not listened to.
    (sender) => sender.tab === undefined,
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

  void sendToBackground('ping', {}).then(
    (r) => (connection.value = r.ok ? `connected (${r.value.browser} ${r.value.version})` : r.error),
  );
  void loadSettings().then(
    (loaded) => (settings.value = loaded),
    () => undefined,
  );
  windowId = await browser.windows.getCurrent().then(
    (w) => w.id,
    () => undefined,
  );
  await followActive();
  if (connection.value === '') connection.value = s('connecting');
}
