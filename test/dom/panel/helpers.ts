/** Shared helpers for the panel's DOM tests: axe-core, and resetting the panel's signals between tests. */
import axe from 'axe-core';
import { emptyPage, histories, page, tabId, announcement, type PageState } from '../../../src/panel/state';

/** axe-core violations inside `root`, one line each ("rule: selector"). Colour contrast needs layout, which happy-dom lacks. */
export async function axeViolations(root: Element = document.body): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Puts the panel's signals back to a fresh panel following tab 1. */
export function resetPanel(state: Partial<PageState> = {}): void {
  tabId.value = 1;
  histories.value = {};
  announcement.value = '';
  page.value = { ...emptyPage('ready'), url: 'https://news.example/story', title: 'A story', ...state };
}

/** A page with these mention counts, all in the top frame, every actor's mentions already fetched (snippets are generated). */
export function pageWith(counts: Record<string, number>): Partial<PageState> {
  const mentions = Object.fromEntries(
    Object.entries(counts).map(([actorId, n]) => [
      actorId,
      Array.from({ length: n }, (_, i) => ({
        n: i,
        order: i,
        actorId,
        kind: 'person' as const,
        text: actorId,
        before: `before ${actorId} ${i} `,
        after: ` after`,
        frameId: 0,
      })),
    ]),
  );
  return { counts, frameCounts: { 0: counts }, mentions };
}
