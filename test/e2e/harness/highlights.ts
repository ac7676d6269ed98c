/** Reads Fact Context's highlights from a page, the way the page itself could (the registry is shared). */
import type { TestPage } from './browsers';

export interface PaintedRange {
  name: string;
  text: string;
}

/** Every range registered under a `fact-context-*` highlight name in the page (or a same-origin frame). */
export function paintedRanges(page: TestPage, frameSelector?: string): Promise<PaintedRange[]> {
  return page.evaluate((selector) => {
    const win = selector
      ? ((document.querySelector(selector) as HTMLIFrameElement | null)?.contentWindow as
          (Window & typeof globalThis) | null)
      : window;
    if (!win) return [];
    const out: { name: string; text: string }[] = [];
    win.CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('fact-context-') || name === 'fact-context-flash' || name === 'fact-context-active') return;
      highlight.forEach((range) => {
        const r = win.document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        out.push({ name, text: r.toString() });
      });
    });
    return out;
  }, frameSelector);
}

/** The painted texts, sorted, for compact assertions. */
export async function paintedTexts(page: TestPage, frameSelector?: string): Promise<string[]> {
  return (await paintedRanges(page, frameSelector)).map((r) => r.text).sort();
}
