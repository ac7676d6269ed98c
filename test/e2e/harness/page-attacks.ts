/** What a hostile page can see and do to our in-page UI, measured from the page's own world. */
import type { TestPage } from './browsers';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box of the first `text` in the page's DOM (painted or not). */
export function textBox(page: TestPage, text: string): Promise<Box> {
  return page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(t);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + t.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
    throw new Error(`no text ${t}`);
  }, text);
}

export const middle = (box: Box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });

/** True while a card host (our `<div>`, a child of the root) is in the page and has room on screen. */
export function cardShown(page: TestPage): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector(':root > div');
    if (!host) return false;
    // The card is inside a closed root: the page sees only the host, which takes the pointer where the card is.
    for (let y = 1; y < innerHeight; y += 8)
      for (let x = 1; x < innerWidth; x += 8) if (document.elementFromPoint(x, y) === host) return true;
    return false;
  });
}
