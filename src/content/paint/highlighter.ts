/**
 * Paints mentions with the CSS Custom Highlight API: no element is wrapped, no attribute set. Only mentions
 * in blocks near the viewport are registered (each registered range costs ~13 µs on every frame in which
 * the page changes style or DOM), and that window follows the reader's scrolling. The window is found by
 * geometry — a binary search over the mention blocks in page order — rather than an IntersectionObserver
 * per block, which measured ~75 µs of browser time per observed block (1.5 s for 20,000).
 * The registry is shared with the page, so our entries are re-registered if the page deletes them; they are
 * first registered when something is painted (a page without mentions never touches the registry).
 */
import type { HighlightGroup, Settings } from '../../shared/settings';
import { bisect } from '../mentions/bisect';
import type { PendingSpan } from '../mentions/mention-store';
import type { PageMention } from '../mentions/page-mention';
import type { ShadowStyles } from './shadow-styles';

/** How many ranges may be registered at once. */
export const MAX_REGISTERED = 400;
/** How far the painted window reaches past each edge of the visible viewport, in viewports. */
const REACH = 2;
const PREFIX = 'fact-context';
/** Blocks checked past the window's end, for content placed out of page order (sidebars, grids). */
const LOOK_PAST = 64;
/** Pending spans checked past the window's end, for the same reason. */
const LOOK_PAST_SPANS = 2;
/** Up to this many new mentions are placed one by one instead of recomputing the window. */
const FEW = 50;
const GROUPS: readonly HighlightGroup[] = ['people', 'organisations', 'places'];
const STYLES = ['underline', 'background', 'contrast'] as const;

/** Every highlight name we may register (for clean-up after an orphaned instance). */
export const ALL_HIGHLIGHT_NAMES = [
  ...STYLES.flatMap((style) => GROUPS.map((group) => `${PREFIX}-${style}-${group}`)),
  `${PREFIX}-flash`,
  `${PREFIX}-active`,
];

type PaintOptions = Pick<Settings, 'highlightStyle' | 'highContrast' | 'groups'>;

/** What the highlighter needs to know about the mentions (the store, seen narrowly). */
export interface MentionSource {
  blocksInOrder(): readonly Element[];
  mentionsIn(block: Element): readonly PageMention[] | undefined;
  /** Stretches of text whose mentions are not made yet (one list per tree, in page order), and making them. */
  pendingSpans?(): Iterable<readonly PendingSpan[]>;
  materialize?(spans: readonly PendingSpan[]): void;
}

export class Highlighter {
  private readonly highlights = new Map<HighlightGroup, Highlight>();
  private readonly flash = new Highlight();
  private readonly active = new Highlight();
  private readonly registered = new Set<PageMention>();
  private painted = new Set<Element>();
  private names = new Map<Highlight, string>();
  private flashTimer = 0;
  private frame = 0;
  private pendingFrame = 0;
  private readonly pending = new Set<Element>();
  private watchdog = 0;
  private watchdogDelay = 0;
  /** Main-thread time spent updating the painted window (for the benchmark). */
  windowMs = 0;
  /** False until something is first painted: a page without mentions never touches the registry. */
  private live = false;
  private readonly everRegistered = new Set<string>();
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
    private readonly groupOf: (actorId: string) => HighlightGroup,
    private options: PaintOptions,
    /** Firefox's: our rules for the shadow roots we paint in (see ShadowStyles). */
    private readonly shadowStyles?: Pick<ShadowStyles, 'add' | 'restore' | 'destroy'>,
  ) {
    for (const group of GROUPS) this.highlights.set(group, new Highlight());
    this.flash.priority = 2;
    this.active.priority = 1;
    this.register();
  }

  /** How many ranges are registered now. */
  get registeredCount(): number {
    return this.registered.size;
  }

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
    if (this.frame || mentions.length > FEW) return this.refresh();
    for (const m of mentions) this.pending.add(m.block);
    if (this.frameAt > this.changedAt) {
      this.placePending();
    } else if (!this.pendingFrame) {
      this.pendingFrame = requestAnimationFrame(() =>
        setTimeout(() => {
          this.pendingFrame = 0;
          const began = performance.now();
          this.placePending();
          this.windowMs += performance.now() - began;
        }, 0),
      );
    }
  }

  /** Paints the new blocks that are in the window (see `track`). */
  private placePending(): void {
    if (this.frame === -1) return; // destroyed meanwhile
    const height = window.innerHeight || 800;
    let painted = false;
    for (const block of this.pending) {
      const rect = block.getBoundingClientRect();
      if (rect.bottom >= -REACH * height && rect.top <= (1 + REACH) * height && (rect.width || rect.height)) {
        this.painted.add(block);
        this.paint(block);
        painted = true;
      }
    }
    this.pending.clear();
    if (painted) this.ensureRegistered();
  }

  /** Stops painting removed mentions at once. */
  untrack(mentions: readonly PageMention[]): void {
    for (const m of mentions) this.unpaintMention(m);
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
      setTimeout(() => {
        this.scrollCheck = 0;
        if (this.frame === -1) return; // destroyed meanwhile
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
        if (moved) this.updateWindow();
      }, 0),
    );
  }

  /**
   * Recomputes the painted window after the next frame (scroll, resize, new mentions): reading geometry once
   * the browser has laid the frame out costs no extra layout, where reading it before would force one.
   */
  refresh(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => setTimeout(() => this.updateWindow(), 0));
  }

  /** Applies new settings: style, contrast and groups. */
  setOptions(options: PaintOptions): void {
    this.options = options;
    this.register();
    for (const block of this.painted) for (const m of this.source.mentionsIn(block) ?? []) this.unpaintMention(m);
    this.painted.clear();
    this.updateWindow();
  }

  /** Briefly flashes one mention (after the panel scrolls to it). */
  flashMention(m: PageMention, ms = 1500): void {
    this.live = true;
    this.styleTreeOf(m.block);
    this.flash.clear();
    this.flash.add(m.range);
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => this.flash.clear(), ms);
    this.ensureRegistered();
  }

  /** Marks the mention the keyboard is on (or none). */
  setActive(m: PageMention | undefined): void {
    this.active.clear();
    if (!m) return;
    this.active.add(m.range);
    this.styleTreeOf(m.block);
    this.live = true;
    this.ensureRegistered();
  }

  /**
   * Puts our highlights back if the page deleted or replaced them (cheap: a few Map lookups). Called on
   * scroll, pointer moves, visibility changes and DOM batches; after a deletion it also re-checks on its own
   * for a few seconds (backing off), since a page that deleted them once may do it again.
   */
  ensureRegistered(): void {
    if (!this.live) return;
    const registry = CSS.highlights;
    let restored = false;
    for (const [highlight, name] of this.names) {
      if (registry.get(name) !== highlight) {
        registry.set(name, highlight);
        // The first registration of a name is not a restoration (no page deleted anything yet).
        restored ||= this.everRegistered.has(name);
        this.everRegistered.add(name);
      }
    }
    if (restored) this.watchdogDelay = 100;
    if (restored || this.watchdog) this.armWatchdog(restored);
  }

  /**
   * After a batch of the page's DOM changes, in Firefox: our rules back into the shadow roots whose components
   * replaced their sheets meanwhile, and none kept for components that left (see ShadowStyles.restore).
   */
  restoreShadowStyles(): void {
    this.shadowStyles?.restore();
  }

  /** Removes every highlight. */
  destroy(): void {
    this.shadowStyles?.destroy();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.pendingFrame);
    cancelAnimationFrame(this.scrollCheck);
    cancelAnimationFrame(this.frameWatch);
    this.scrollers.clear();
    this.pending.clear();
    this.frame = -1; // a pending update finds nothing to do
    clearTimeout(this.flashTimer);
    clearTimeout(this.watchdog);
    for (const name of this.names.values()) CSS.highlights.delete(name);
    this.names.clear();
    this.registered.clear();
    this.painted.clear();
  }

  /** Paints the blocks within REACH viewports above and below the visible one; unpaints the rest. */
  private updateWindow(): void {
    if (this.frame === -1) return;
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
      if (!wanted.has(block)) for (const m of this.source.mentionsIn(block) ?? []) this.unpaintMention(m);
    }
    this.painted = wanted;
    for (const block of wanted) this.paint(block);
    this.ensureRegistered();
    this.windowMs += performance.now() - began;
  }

  private register(): void {
    for (const name of this.names.values()) CSS.highlights.delete(name);
    this.names = new Map();
    const style = this.options.highContrast ? 'contrast' : this.options.highlightStyle;
    if (style !== 'none') {
      for (const group of GROUPS) this.names.set(this.highlights.get(group)!, `${PREFIX}-${style}-${group}`);
    }
    this.names.set(this.flash, `${PREFIX}-flash`);
    this.names.set(this.active, `${PREFIX}-active`);
    this.ensureRegistered();
  }

  private armWatchdog(reset: boolean): void {
    if (this.watchdog && !reset) return;
    clearTimeout(this.watchdog);
    this.watchdog = window.setTimeout(() => {
      this.watchdog = 0;
      this.watchdogDelay *= 2;
      if (this.watchdogDelay <= 3200) {
        this.ensureRegistered();
        if (!this.watchdog) this.armWatchdog(false);
      }
    }, this.watchdogDelay);
  }

  private paint(block: Element): void {
    let added = false;
    for (const m of this.source.mentionsIn(block) ?? []) {
      if (this.registered.has(m) || this.registered.size >= MAX_REGISTERED) continue;
      const group = this.groupOf(m.actorId);
      if (!this.options.groups[group]) continue;
      this.registered.add(m);
      this.highlights.get(group)!.add(m.range);
      this.live = true; // the callers then call ensureRegistered()
      added = true;
    }
    if (added) this.styleTreeOf(block);
  }

  /** A block in a shadow tree needs our rules in that tree too, in Firefox (see ShadowStyles). */
  private styleTreeOf(block: Element): void {
    if (!this.shadowStyles) return;
    const root = block.getRootNode();
    if (root.nodeType === 11) this.shadowStyles.add(root as ShadowRoot);
  }

  private unpaintMention(m: PageMention): void {
    if (this.registered.delete(m)) this.highlights.get(this.groupOf(m.actorId))?.delete(m.range);
    this.active.delete(m.range);
  }
}

/**
 * Index of the first block whose bottom is below `y` (client coordinates), by binary search over blocks in
 * page order. Blocks with no box (hidden) are stepped over. Page order and vertical order agree for the
 * flow of a page; where they do not, the scan after this index looks a little past the window's end.
 */
function firstNear(blocks: readonly Element[], y: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let probe = mid;
    let rect = blocks[probe]!.getBoundingClientRect();
    while (rect.height === 0 && rect.width === 0 && probe + 1 < hi) rect = blocks[++probe]!.getBoundingClientRect();
    if (rect.height === 0 && rect.width === 0) {
      hi = mid;
      continue;
    }
    if (rect.bottom < y) lo = probe + 1;
    else hi = mid;
  }
  return lo;
}

/** The box of the element holding a text, or undefined when it has none (hidden). */
function boxOf(text: Text): DOMRect | undefined {
  const rect = (text.parentElement ?? (text.parentNode as ShadowRoot | null)?.host)?.getBoundingClientRect();
  return rect && (rect.width || rect.height) ? rect : undefined;
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
