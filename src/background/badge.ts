/** The toolbar badge: how many distinct actors the tab mentions, with their names in the button's title. */
import { share } from '../shared/share';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import type { TabState } from '../shared/protocol';
import { tabCounts } from './tab-state';

const names = new Map(share.actors.map((a) => [a.id, a.name]));

/** Text and title for a tab's badge (pure, for tests). */
export function badgeFor(state: TabState): { text: string; title: string } {
  const counts = Object.entries(tabCounts(state))
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  if (counts.length === 0) return { text: '', title: t('actionTitle') };
  const list = counts.map(([id, n]) => `${names.get(id) ?? id} (${n})`).join(', ');
  return { text: String(counts.length), title: `${t('actionTitle')}: ${list}` };
}

/** Paints the badge of one tab; a tab closed meanwhile is not an error. */
export async function updateBadge(state: TabState): Promise<void> {
  const { text, title } = badgeFor(state);
  try {
    await browser.action.setBadgeText({ tabId: state.tabId, text });
    await browser.action.setTitle({ tabId: state.tabId, title });
    await browser.action.setBadgeBackgroundColor({ tabId: state.tabId, color: '#3b5bdb' });
  } catch {
    // The tab went away between the report and the paint.
  }
}
