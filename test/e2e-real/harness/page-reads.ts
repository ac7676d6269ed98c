/**
 * What a reader sees on a page, read the way the page itself could: the painted names (the highlight
 * registry is shared), the card's box (where `elementFromPoint` meets our host element; the card lives in a
 * closed shadow root), its text (find-in-page searches shadow trees) and where the keyboard focus is.
 */
import type { RealPage } from './real-browsers';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The first client rect of the painted mention whose text ends with `text` (page order), or null. */
export function mentionBox(page: RealPage, text: string): Promise<Box | null> {
  return page.evaluate((t) => {
    const found: Box[] = [];
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('fact-context-') || name === 'fact-context-flash' || name === 'fact-context-active') return;
      h.forEach((range) => {
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        const c = r.getClientRects()[0];
        if (c && r.toString().replace(/\s+/g, ' ').endsWith(t))
          found.push({ left: c.left, top: c.top, right: c.right, bottom: c.bottom });
      });
    });
    found.sort((a, b) => a.top - b.top || a.left - b.left);
    return found[0] ?? null;
  }, text);
}

/** The box of `text` in the element with this id (painted or not), in client coordinates. */
export function textBox(page: RealPage, id: string, text: string): Promise<Box> {
  return page.evaluate(
    ({ id, text }) => {
      const node = document.getElementById(id)!.firstChild as Text;
      const r = document.createRange();
      r.setStart(node, node.data.indexOf(text));
      r.setEnd(node, node.data.indexOf(text) + text.length);
      const c = r.getClientRects()[0]!;
      return { left: c.left, top: c.top, right: c.right, bottom: c.bottom };
    },
    { id, text },
  );
}

/** The card's box, from an 8-px grid of `elementFromPoint` over the viewport; null when no card is shown. */
export function cardBox(page: RealPage): Promise<Box | null> {
  return page.evaluate(() => {
    if (!document.querySelector(':root > div')) return null;
    let box: Box | null = null;
    for (let y = 1; y < innerHeight; y += 8) {
      for (let x = 1; x < innerWidth; x += 8) {
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

/** True when the rendered page (shadow trees included, as find-in-page sees it) shows `text`. */
export function showsText(page: RealPage, text: string): Promise<boolean> {
  return page.evaluate((t) => {
    const find = (window as unknown as { find(s: string, cs: boolean, back: boolean, wrap: boolean): boolean }).find;
    getSelection()?.removeAllRanges();
    const found = find(t, false, false, true);
    getSelection()?.removeAllRanges();
    return found;
  }, text);
}

/** True while focus is inside the card (the page sees our host, a `<div>` child of the root, as focused). */
export function focusInCard(page: RealPage): Promise<boolean> {
  return page.evaluate(
    () => document.activeElement !== null && document.activeElement === document.querySelector(':root > div'),
  );
}

/** How many card hosts (a `<div>` child of the root) the page holds (a second one would be a duplicate card). */
export function hostCount(page: RealPage): Promise<number> {
  return page.evaluate(() => document.querySelectorAll(':root > div').length);
}

/** Every painted range's text, sorted (a name painted twice shows up twice). */
export function paintedTexts(page: RealPage): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('fact-context-') || name === 'fact-context-flash' || name === 'fact-context-active') return;
      h.forEach((range) => {
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        out.push(r.toString());
      });
    });
    return out.sort();
  });
}

export const center = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

/** The card sits right below (or, flipped, right above) the line of the name, overlapping it horizontally. */
export const nextToLine = (card: Box, line: Box) =>
  card.left < line.right &&
  line.left < card.right &&
  (Math.abs(card.top - line.bottom) < 30 || Math.abs(line.top - card.bottom) < 30);

/** Waits until the page has stopped scrolling (smooth scrolling takes a few frames). */
export async function scrollSettled(page: RealPage): Promise<number> {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const y = await page.evaluate(() => scrollY);
    if (y === last) return y;
    last = y;
    await new Promise((r) => setTimeout(r, 120));
  }
  return last;
}
