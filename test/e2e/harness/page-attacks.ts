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

/**
 * The box of our card as the reader's pointer meets it: the points of a 6-px grid over the viewport at
 * which `elementFromPoint` is our host. Null when no card is shown.
 */
export function cardBox(page: TestPage): Promise<Box | null> {
  return page.evaluate(() => {
    if (!document.querySelector(':root > div')) return null;
    const step = 6;
    let box: Box | null = null;
    for (let y = 1; y < innerHeight; y += step) {
      for (let x = 1; x < innerWidth; x += step) {
        if (document.elementFromPoint(x, y) !== document.querySelector(':root > div')) continue;
        box = box
          ? {
              left: Math.min(box.left, x),
              top: Math.min(box.top, y),
              right: Math.max(box.right, x),
              bottom: Math.max(box.bottom, y),
            }
          : { left: x, top: y, right: x, bottom: y };
      }
    }
    return box;
  });
}

/** True while a card host (our `<div>`, a child of the root) is in the page and has room on screen. */
export async function cardShown(page: TestPage): Promise<boolean> {
  return (await cardBox(page)) !== null;
}
