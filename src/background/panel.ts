/**
 * Opening the panel and telling it what to show. Chrome's side panel opens from a user gesture
 * (`sidePanel.open` before any await); Firefox's sidebar opens only from the extension's own UI, so a
 * click in a page can only select an actor in a sidebar that is already open.
 */
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { sendToPanels } from '../shared/messaging';
import { loadShortcuts } from '../shared/shortcuts';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

const chromeSidePanel = (): ChromeSidePanel | undefined =>
  (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = (): FirefoxSidebar | undefined =>
  (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

const pendingKey = (tabId: number) => `pending:${tabId}`;

/**
 * Remembers what the panel should show for a tab, for a panel that opens (or wakes) later. The entry lives until a
 * panel showing that tab picks it up, or the tab closes (`clearPending`), or five minutes pass (the panel ignores it).
 */
export async function setPending(tabId: number, pending: { actorId?: string; search?: string }): Promise<void> {
  await browser.storage.session.set({ [pendingKey(tabId)]: { ...pending, at: Date.now() } }).catch(() => undefined);
}

/** Forgets what a closed tab's panel was to show. */
export function clearPending(tabId: number): Promise<void> {
  return browser.storage.session.remove(pendingKey(tabId)).catch(() => undefined);
}

/**
 * Opens the panel for a tab, synchronously up to the browser call so that the user gesture still counts.
 * Returns whether it is (now) open.
 */
export function openPanel(tabId: number, windowId: number | undefined): Promise<boolean> {
  if (__BROWSER__ === 'chrome') {
    const sidePanel = chromeSidePanel();
    if (!sidePanel) return Promise.resolve(false);
    return sidePanel.open({ tabId }).then(
      () => true,
      () => false,
    );
  }
  const sidebar = firefoxSidebar();
  if (!sidebar) return Promise.resolve(false);
  // From a page click this is refused (not a user action of the extension's UI); then we report whether it is open.
  return sidebar.open().then(
    () => true,
    () => sidebar.isOpen({ windowId }).catch(() => false),
  );
}

/** The hover card's "Show in panel". */
export function showInPanel(
  tabId: number,
  windowId: number | undefined,
  actorId: string,
): Promise<{ opened: boolean; hint?: string }> {
  const opening = openPanel(tabId, windowId); // first, before any await
  return opening.then(async (opened) => {
    await setPending(tabId, { actorId });
    await sendToPanels('select-actor', { tabId, actorId });
    return opened ? { opened } : { opened, hint: await openPanelHint() };
  });
}

/** How to open the panel, naming the shortcut the browser actually assigned (or none when it assigned none). */
async function openPanelHint(): Promise<string> {
  const key = (await loadShortcuts()).openPanel;
  const name = __BROWSER__ === 'firefox' ? 'hintOpenSidebarFirefox' : 'hintOpenPanelChrome';
  return key ? t(name, [key]) : t(`${name}NoKey`);
}

/** Makes the toolbar button open the panel. */
export function wireToolbarButton(): void {
  if (__BROWSER__ === 'chrome') {
    void chromeSidePanel()
      ?.setPanelBehavior({ openPanelOnActionClick: true })
      .catch(() => undefined);
  } else {
    browser.action.onClicked.addListener(() => {
      void firefoxSidebar()?.toggle();
    });
  }
}
