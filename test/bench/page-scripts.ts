/**
 * Page-side measurements shared by the content benchmark and `compare.ts`: the floor every scan is compared
 * with, and the page's own DOM edits.
 */
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
