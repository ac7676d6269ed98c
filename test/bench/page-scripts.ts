/**
 * Page-side measurements shared by the content benchmark and `compare.ts`: the floor every scan is compared
 * with, the page's own DOM edits, and 1 KB appends with our follow-up.
 */
import type { Page } from 'playwright-core';

export const twoFrames = `new Promise((r) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0)))`;

/**
 * The floor: a TreeWalker with a filter visiting the page's text nodes and reading them, then two frames (as the
 * scans' measurements include their frames). A script, as a string.
 */
export const FLOOR_SCRIPT = `(() => {
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, { acceptNode: (n) => skip.has(n.parentNode.nodeName) ? 2 : 1 });
  let chars = 0; for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  return ${twoFrames}.then(() => chars);
})()`;

/** For `page.evaluate`: the page edits its 2,000 `#edits` text nodes and forces a layout; returns the ms it took. */
export function editTexts(round: number): number {
  const spans = document.querySelectorAll('#edits span');
  const t0 = performance.now();
  for (let i = 0; i < spans.length; i++) (spans[i]!.firstChild as Text).data = `y${round}-${i} `;
  void document.body.offsetHeight;
  return performance.now() - t0;
}

/**
 * Appends 1 KB of news text to the page's `<main>`, `count` times, each after the last one's follow-up is over;
 * returns our main-thread time for each follow-up (observer, re-scan, answer, window), from the bench bundle's `__fc`.
 */
export async function appendFollowUps(page: Page, count = 5): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate(() => (window as unknown as { __fc: { resetCounters(): void } }).__fc.resetCounters());
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Russian President Vladimir Putin met Chinese leaders in Beijing as talks with Kyiv stalled. '
        .repeat(11)
        .slice(0, 1024);
      document.querySelector('main')!.append(p);
    });
    const follow = (await page.evaluate(() =>
      (window as unknown as { __fc: { followUpMs(): Promise<Record<string, number>> } }).__fc.followUpMs(),
    )) as Record<string, number>;
    if (process.env.BENCH_DEBUG) console.log('append follow-up', follow);
    ms.push(follow.ms!);
  }
  return ms;
}
