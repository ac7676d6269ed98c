/**
 * Which mentions are painted: only those in blocks near the viewport (each registered range costs ~13 µs on every
 * frame in which the page changes style or DOM), and that window follows the reader's scrolling. The window is
 * found by geometry, a binary search over the mention blocks in page order, rather than an IntersectionObserver per
 * block, which measured ~75 µs of browser time per observed block (1.5 s for 20,000). Geometry is read after a frame
 * has laid the page out, when reading it forces no layout of its own.
 */
import { bisect } from '../../shared/bisect';
import type { PendingSpan } from '../mentions/mention-store';
import type { PageMention } from '../mentions/page-mention';
import { measure } from '../timing';
import { MAX_REGISTERED, type Painter } from './painter';
import { later } from '../../shared/timers';

/** How far the painted window reaches past each edge of the visible viewport, in viewports. */
const REACH = 2;
/** Blocks checked past the window's end, for content placed out of page order (sidebars, grids). */
const LOOK_PAST = 64;
/** Pending spans checked past the window's end, for the same reason. */
const LOOK_PAST_SPANS = 2;
/** Up to this many new mentions are placed one by one instead of recomputing the window. */
const PLACED_ONE_BY_ONE = 50;

/** What the window needs to know about the mentions (the store, seen narrowly). */
export interface MentionSource {
  blocksInOrder(): readonly Element[];
  mentionsIn(block: Element): readonly PageMention[] | undefined;
  /** Stretches of text whose mentions are not made yet (one list per tree, in page order), and making them. */
  pendingSpans?(): Iterable<readonly PendingSpan[]>;
  materialize?(spans: readonly PendingSpan[]): void;
}

export class PaintedWindow {
  private painted = new Set<Element>();
  private destroyed = false;
  /** The animation frame after which the window is recomputed (0: none asked for). */
  private frame = 0;
  /** New blocks of a live update waiting to be placed, and the frame they wait for. */
  private readonly pending = new Set<Element>();
  private pendingFrame = 0;
  /** Per scroller, where it was when the window last followed its scrolling. */
  private readonly anchors = new WeakMap<Element, { x: number; y: number }>();
  /** Scrollers that scrolled since the last check, and that check's pending frame. */
  private readonly scrollers = new Set<Element>();
  private scrollCheck = 0;
  /** When the page last changed its DOM, and when a frame since asked for (`frameWatch`) began; see `pageChanged`. */
  private changedAt = 0;
  private frameAt = -1;
  private frameWatch = 0;

  constructor(
    private readonly source: MentionSource,
    private readonly painter: Pick<Painter, 'paint' | 'unpaint'>,
    /** Called after blocks were painted (the registry guard registers our highlights). */
    private readonly onPainted: () => void,
  ) {}

  /**
   * The page changed its DOM. A frame is asked for, once, to learn when the change has been laid out: a block's
   * box read after that costs no layout, so a live update's few new blocks can be placed at once (see `track`).
   */
  pageChanged(): void {
    this.changedAt = performance.now();
    if (!this.frameWatch) {
      this.frameWatch = requestAnimationFrame(() => {
        // Layout runs right after the frame's animation callbacks: the changes seen so far are laid out by it.
        this.frameWatch = 0;
        this.frameAt = performance.now();
      });
    }
  }

  /**
   * New mentions were found. A few new blocks (a live page's update) are each checked against the window: at
   * once when a frame has laid out every change seen since (the usual case: a batch waits 40 ms, and the answer
   * comes after it), else after the next frame. Many (a scan) recompute the whole window.
   */
  track(mentions: readonly PageMention[]): void {
    if (!mentions.length) return;
    if (this.frame || mentions.length > PLACED_ONE_BY_ONE) return this.refresh();
    for (const m of mentions) this.pending.add(m.block);
    if (this.frameAt > this.changedAt) {
      this.placePending();
    } else if (!this.pendingFrame) {
      this.pendingFrame = requestAnimationFrame(() =>
        later(() => {
          this.pendingFrame = 0;
          const began = performance.now();
          this.placePending();
          measure('window', began);
        }, 0),
      );
    }
  }

  /** Stops painting removed mentions at once. */
  untrack(mentions: readonly PageMention[]): void {
    for (const m of mentions) this.painter.unpaint(m);
    if (mentions.length) this.refresh();
  }

  /**
   * The reader scrolled `target` (the document, or a scrolling element). The window reaches REACH viewports
   * past each edge of the visible one, so it is recomputed only once a scroller has moved half that since the
   * window last followed it: any change to the registered ranges makes Chromium repaint the whole page (≈ 5 ms
   * on a 1 MB page, 20 ms on 5 MB), and doing that on every frame of a scroll made long pages stutter. The
   * positions are read once after the frame (when reading them forces no layout), not on every scroll event.
   */
  scrolled(target: EventTarget | null): void {
    this.scrollers.add((target as Node | null)?.nodeType === 1 ? (target as Element) : pageScroller());
    if (this.scrollCheck) return;
    this.scrollCheck = requestAnimationFrame(() =>
      later(() => {
        this.scrollCheck = 0;
        if (this.destroyed) return;
        const reach = ((window.innerHeight || 800) * REACH) / 2;
        const across = (window.innerWidth || 1200) / 2;
        let moved = false;
        for (const el of this.scrollers) {
          const anchor = this.anchors.get(el);
          if (anchor && Math.abs(el.scrollTop - anchor.y) < reach && Math.abs(el.scrollLeft - anchor.x) < across)
            continue;
          this.anchors.set(el, { x: el.scrollLeft, y: el.scrollTop });
          moved = true;
        }
        this.scrollers.clear();
        if (moved) this.update();
      }, 0),
    );
  }

  /** Recomputes the window after the next frame (scroll, resize, new mentions; see the module's header). */
  refresh(): void {
    if (!this.frame && !this.destroyed) this.frame = requestAnimationFrame(() => later(() => this.update(), 0));
  }

  /** Unpaints everything and paints the window again now (the settings changed). */
  repaint(): void {
    for (const block of this.painted) for (const m of this.source.mentionsIn(block) ?? []) this.painter.unpaint(m);
    this.painted.clear();
    this.update();
  }

  /** Stops following the page; nothing pending runs. */
  destroy(): void {
    this.destroyed = true;
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.pendingFrame);
    cancelAnimationFrame(this.scrollCheck);
    cancelAnimationFrame(this.frameWatch);
    this.scrollers.clear();
    this.pending.clear();
    this.painted.clear();
  }

  /** Paints the new blocks that are in the window (see `track`). */
  private placePending(): void {
    if (this.destroyed) return;
    const height = window.innerHeight || 800;
    let painted = false;
    for (const block of this.pending) {
      const rect = block.getBoundingClientRect();
      if (rect.bottom >= -REACH * height && rect.top <= (1 + REACH) * height && (rect.width || rect.height)) {
        this.painted.add(block);
        this.painter.paint(this.source.mentionsIn(block) ?? [], block);
        painted = true;
      }
    }
    this.pending.clear();
    if (painted) this.onPainted();
  }

  /** Paints the blocks within REACH viewports above and below the visible one; unpaints the rest. */
  private update(): void {
    if (this.destroyed) return;
    const began = performance.now();
    this.frame = 0;
    const height = window.innerHeight || 800;
    const page = pageScroller();
    this.anchors.set(page, { x: page.scrollLeft, y: page.scrollTop });
    if (this.source.pendingSpans) {
      for (const spans of [...this.source.pendingSpans()]) {
        const near = spansNear(spans, -REACH * height, (1 + REACH) * height);
        if (near.length) this.source.materialize!(near);
      }
    }
    const blocks = this.source.blocksInOrder();
    const wanted = new Set<Element>();
    let budget = MAX_REGISTERED;
    let beyond = 0;
    for (let i = firstNear(blocks, -REACH * height); i < blocks.length && budget > 0 && beyond < LOOK_PAST; i++) {
      const block = blocks[i]!;
      const rect = block.getBoundingClientRect();
      if (rect.top > (1 + REACH) * height && rect.height > 0) {
        beyond++; // past the window; a few more are checked for blocks placed out of page order
        continue;
      }
      if (rect.bottom < -REACH * height || (rect.height === 0 && rect.width === 0)) continue;
      wanted.add(block);
      budget -= this.source.mentionsIn(block)?.length ?? 0;
    }
    for (const block of this.painted) {
      if (!wanted.has(block)) for (const m of this.source.mentionsIn(block) ?? []) this.painter.unpaint(m);
    }
    this.painted = wanted;
    for (const block of wanted) this.painter.paint(this.source.mentionsIn(block) ?? [], block);
    this.onPainted();
    measure('window', began);
  }
}

/** A box that is laid out (hidden elements have none). */
const shown = (rect: DOMRect) => rect.width !== 0 || rect.height !== 0;

/**
 * Index of the first block whose bottom is below `y` (client coordinates), by binary search over blocks in page
 * order. Blocks with no box (hidden) take the box of the next shown block. Page order and vertical order agree for
 * the flow of a page; where they do not, the scan after this index looks a little past the window's end.
 */
function firstNear(blocks: readonly Element[], y: number): number {
  return bisect(blocks, (_, index) => {
    for (let i = index; i < blocks.length; i++) {
      const rect = blocks[i]!.getBoundingClientRect();
      if (shown(rect)) return rect.bottom >= y;
    }
    return true;
  });
}

/** The box of the element holding a text, or undefined when it has none (hidden). */
function boxOf(text: Text): DOMRect | undefined {
  const rect = (text.parentElement ?? (text.parentNode as ShadowRoot | null)?.host)?.getBoundingClientRect();
  return rect && shown(rect) ? rect : undefined;
}

/**
 * The pending spans (in page order) that may hold text between `top` and `bottom` (client coordinates): a binary
 * search for the first whose last text ends below `top`, then each span whose first text starts above `bottom`,
 * and a few past it. A span with no box is taken (its mentions are made; hidden ones are never painted).
 */
function spansNear(spans: readonly PendingSpan[], top: number, bottom: number): PendingSpan[] {
  const lo = bisect(spans, (span) => {
    const box = boxOf(span.last) ?? boxOf(span.first);
    return !box || box.bottom >= top;
  });
  const near: PendingSpan[] = [];
  let beyond = 0;
  for (let i = lo; i < spans.length && beyond < LOOK_PAST_SPANS; i++) {
    const box = boxOf(spans[i]!.first) ?? boxOf(spans[i]!.last);
    if (!box || box.top > bottom) beyond++;
    if (!box || box.top <= bottom) near.push(spans[i]!);
  }
  return near;
}

/** The element whose scroll position is the page's. */
function pageScroller(): Element {
  return document.scrollingElement ?? document.documentElement;
}
