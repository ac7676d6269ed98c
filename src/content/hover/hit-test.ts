/**
 * Which mention is under the pointer? Highlights receive no pointer events, so we ask the browser:
 * `CSS.highlights.highlightsFromPoint()` where it exists (Chrome 140+), else the caret position at the
 * point, looked up in the store's per-Text-node index — never a scan of every range.
 */
import type { MentionStore } from '../mentions/mention-store';
import type { PageMention } from '../mentions/page-mention';

interface CaretPosition {
  offsetNode: Node;
  offset: number;
}
type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): CaretPosition | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};
type HitResult = { highlight: Highlight; ranges?: AbstractRange[] };
type Registry = HighlightRegistry & {
  highlightsFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): HitResult[];
};

/** The caret (Text node and offset) nearest to a point, or null. */
function caretAt(x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The client rectangles of a mention (one per line when a name wraps). */
export function mentionRects(m: PageMention): DOMRect[] {
  const range = document.createRange();
  try {
    range.setStart(m.startContainer, m.startOffset);
    range.setEnd(m.endContainer, m.endOffset);
    return [...range.getClientRects()];
  } catch {
    return []; // the text changed under the range; the next scan replaces it
  } finally {
    range.detach();
  }
}

/** The rectangle of `rects` that contains the point (with a pixel of slack), if any. */
function rectAt(rects: readonly DOMRect[], x: number, y: number): DOMRect | undefined {
  return rects.find((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
}

/** The mention under the point and the line box the pointer is on, or undefined. */
export function mentionAtPoint(
  store: MentionStore,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { mention: PageMention; rect: DOMRect } | undefined {
  const registry = (globalThis.CSS?.highlights as Registry | undefined) ?? undefined;
  if (registry?.highlightsFromPoint) {
    try {
      const hits = registry.highlightsFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
      let answered = hits.length === 0; // nothing painted here: every mention near the viewport is painted
      for (const hit of hits) {
        if (!hit.ranges) continue;
        answered = true;
        for (const range of hit.ranges) {
          const m = store.byRange(range);
          const rect = m && rectAt(mentionRects(m), x, y);
          if (m && rect) return { mention: m, rect };
        }
      }
      if (answered) return undefined;
    } catch {
      // Older shape of the API (no `ranges`): fall through to the caret.
    }
  }
  const caret = caretAt(x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return undefined;
  // The caret sits between characters: the pointer may be over the character before it.
  const m =
    store.at(caret.node, caret.offset) ?? (caret.offset > 0 ? store.at(caret.node, caret.offset - 1) : undefined);
  if (!m) return undefined;
  const rect = rectAt(mentionRects(m), x, y);
  return rect ? { mention: m, rect } : undefined;
}
