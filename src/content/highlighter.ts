/**
 * Paints mentions with the CSS Custom Highlight API: no element is wrapped, no attribute set. Only mentions
 * in blocks near the viewport are registered (each registered range costs ~13 µs on every frame in which
 * the page changes style or DOM); an IntersectionObserver moves that window as the reader scrolls.
 * The registry is shared with the page, so our entries are re-registered if the page deletes them.
 */
import type { HighlightGroup, Settings } from '../shared/settings';
import type { PageMention } from './page-mention';

/** How many ranges may be registered at once. */
export const MAX_REGISTERED = 400;
const PREFIX = 'fact-context';
const GROUPS: readonly HighlightGroup[] = ['people', 'organisations', 'places'];
const STYLES = ['underline', 'background', 'contrast'] as const;

/** Every highlight name we may register (for clean-up after an orphaned instance). */
export const ALL_HIGHLIGHT_NAMES = [
  ...STYLES.flatMap((style) => GROUPS.map((group) => `${PREFIX}-${style}-${group}`)),
  `${PREFIX}-flash`,
  `${PREFIX}-active`,
];

type PaintOptions = Pick<Settings, 'highlightStyle' | 'highContrast' | 'groups'>;

export class Highlighter {
  private readonly highlights = new Map<HighlightGroup, Highlight>();
  private readonly flash = new Highlight();
  private readonly active = new Highlight();
  private readonly registered = new Set<PageMention>();
  private readonly visible = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private names = new Map<Highlight, string>();
  private flashTimer = 0;

  constructor(
    private readonly mentionsIn: (block: Element) => readonly PageMention[] | undefined,
    private readonly groupOf: (actorId: string) => HighlightGroup,
    private options: PaintOptions,
  ) {
    for (const group of GROUPS) this.highlights.set(group, new Highlight());
    this.flash.priority = 2;
    this.active.priority = 1;
    // One viewport above and below: names are painted before they scroll into view.
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '100% 0px 100% 0px' });
    this.register();
  }

  /** How many ranges are registered now. */
  get registeredCount(): number {
    return this.registered.size;
  }

  /** Starts watching the blocks of newly found mentions (painted once near the viewport). */
  track(mentions: readonly PageMention[]): void {
    let last: Element | null = null;
    for (const m of mentions) {
      if (m.block === last) continue;
      last = m.block;
      if (this.visible.has(m.block)) this.paint(m.block);
      else this.observer.observe(m.block);
    }
  }

  /** Stops painting removed mentions (their blocks are unobserved when empty). */
  untrack(mentions: readonly PageMention[]): void {
    for (const m of mentions) {
      if (this.registered.delete(m)) this.highlights.get(this.groupOf(m.actorId))?.delete(m.range);
      this.active.delete(m.range);
      if (!this.mentionsIn(m.block)?.length) {
        this.observer.unobserve(m.block);
        this.visible.delete(m.block);
      }
    }
  }

  /** Applies new settings: style, contrast and groups. */
  setOptions(options: PaintOptions): void {
    this.options = options;
    this.register();
    for (const group of GROUPS) {
      const highlight = this.highlights.get(group)!;
      if (!options.groups[group]) {
        highlight.clear();
        for (const m of this.registered) if (this.groupOf(m.actorId) === group) this.registered.delete(m);
      }
    }
    for (const block of this.visible) this.paint(block);
  }

  /** Briefly flashes one mention (after the panel scrolls to it). */
  flashMention(m: PageMention, ms = 1500): void {
    this.flash.clear();
    this.flash.add(m.range);
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => this.flash.clear(), ms);
    this.ensureRegistered();
  }

  /** Marks the mention the keyboard is on (or none). */
  setActive(m: PageMention | undefined): void {
    this.active.clear();
    if (m) this.active.add(m.range);
  }

  /** Puts our highlights back if the page deleted or replaced them. Cheap: a few Map lookups. */
  ensureRegistered(): void {
    const registry = CSS.highlights;
    for (const [highlight, name] of this.names) {
      if (registry.get(name) !== highlight) registry.set(name, highlight);
    }
  }

  /** Removes every highlight and stops observing. */
  destroy(): void {
    this.observer.disconnect();
    clearTimeout(this.flashTimer);
    for (const name of this.names.values()) CSS.highlights.delete(name);
    this.names.clear();
    this.registered.clear();
    this.visible.clear();
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

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = entry.target;
      if (entry.isIntersecting) {
        this.visible.add(block);
        this.paint(block);
      } else if (this.visible.delete(block)) {
        for (const m of this.mentionsIn(block) ?? []) {
          if (this.registered.delete(m)) this.highlights.get(this.groupOf(m.actorId))?.delete(m.range);
        }
      }
    }
    this.ensureRegistered();
  }

  private paint(block: Element): void {
    for (const m of this.mentionsIn(block) ?? []) {
      if (this.registered.has(m) || this.registered.size >= MAX_REGISTERED) continue;
      const group = this.groupOf(m.actorId);
      if (!this.options.groups[group]) continue;
      this.registered.add(m);
      this.highlights.get(group)!.add(m.range);
    }
  }
}
