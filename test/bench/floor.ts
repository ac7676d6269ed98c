/**
 * The floor every scan is compared with: a TreeWalker with a filter visiting the page's text nodes and reading
 * them, then two frames (as the scans' measurements include their frames). A page-side script, as a string.
 */
export const twoFrames = `new Promise((r) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0)))`;

export const FLOOR_SCRIPT = `(() => {
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, { acceptNode: (n) => skip.has(n.parentNode.nodeName) ? 2 : 1 });
  let chars = 0; for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  return ${twoFrames}.then(() => chars);
})()`;
