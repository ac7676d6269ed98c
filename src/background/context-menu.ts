/**
 * "Look up “…” in Fact Context" on selected text: opens the panel's search with the selection. The look-up belongs
 * to the tab it came from: only a panel showing that tab shows it (a private window's look-up never reaches the
 * view of a normal window's panel, nor its history).
 */
import { browser, type Tabs } from '../shared/browser';
import { t } from '../shared/i18n';
import { sendToPanels } from '../shared/messaging';
import { openPanel, setPending } from './panel';

export const MENU_ID = 'fact-context-lookup';

/** Creates the menu item (on install/update; menus persist across worker restarts). */
export function createContextMenu(): void {
  browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_ID, title: t('menuLookUp', '%s'), contexts: ['selection'] }))
    .catch(() => undefined);
}

/** The click handler, exported so tests can call it with the data a real click passes. */
export function onContextMenuClick(
  info: { menuItemId: string | number; selectionText?: string },
  tab?: Tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== MENU_ID || !info.selectionText || tab?.id === undefined) return Promise.resolve();
  const tabId = tab.id;
  const text = info.selectionText.trim().slice(0, 200);
  const opening = openPanel(tabId, tab.windowId); // within the gesture
  return opening.then(async () => {
    await setPending(tabId, { search: text });
    await sendToPanels('search-for', { tabId, text });
  });
}
