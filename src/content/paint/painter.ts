/**
 * Paints mentions with the CSS Custom Highlight API: no element is wrapped, no attribute set. One `Highlight` per
 * group (people, organisations, places) under a name that says the style, one for the flash after "Show on page",
 * one for the mention the keyboard is on. Which blocks are painted is the painted window's business
 * (painted-window.ts); keeping the registry's entries in place is the guard's (registry-guard.ts).
 */
import type { HighlightGroup, Settings } from '../../shared/settings';
import type { PageMention } from '../mentions/page-mention';
import { HIGHLIGHT_PREFIX, STYLE_GROUPS } from './highlight-names';
import type { ShadowStyles } from './shadow-styles';
import { later, cancel } from '../../shared/timers';

/** How many ranges may be registered at once (each costs ~13 µs on every frame in which the page restyles). */
export const MAX_REGISTERED = 400;

/** The settings that decide how mentions look. */
export type PaintOptions = Pick<Settings, 'highlightStyle' | 'highContrast' | 'groups'>;

export class Painter {
  private readonly highlights = new Map<HighlightGroup, Highlight>();
  private readonly flash = new Highlight();
  private readonly active = new Highlight();
  private readonly registered = new Set<PageMention>();
  private flashTimer = 0;
  /** Each highlight we show and the name it is registered under (see `restyle`). */
  names = new Map<Highlight, string>();
  /** False until something is first painted: a page without mentions never touches the registry. */
  live = false;

  constructor(
    private readonly groupOf: (actorId: string) => HighlightGroup,
    private options: PaintOptions,
    /** Firefox's: our rules for the shadow roots we paint in (see ShadowStyles). */
    private readonly shadowStyles?: Pick<ShadowStyles, 'add'>,
  ) {
    for (const group of STYLE_GROUPS) this.highlights.set(group, new Highlight());
    this.flash.priority = 2;
    this.active.priority = 1;
    this.restyle(options);
  }

  /** How many ranges are registered now. */
  get registeredCount(): number {
    return this.registered.size;
  }

  /** True when no more ranges may be registered. */
  get full(): boolean {
    return this.registered.size >= MAX_REGISTERED;
  }

  /**
   * Chooses the names our highlights go under for these options (the stylesheet styles each name), taking the
   * old ones out of the registry. The caller re-registers (RegistryGuard) and repaints.
   */
  restyle(options: PaintOptions): void {
    this.options = options;
    for (const name of this.names.values()) CSS.highlights.delete(name);
    this.names = new Map();
    const style = options.highContrast ? 'contrast' : options.highlightStyle;
    if (style !== 'none') {
      for (const group of STYLE_GROUPS)
        this.names.set(this.highlights.get(group)!, `${HIGHLIGHT_PREFIX}-${style}-${group}`);
    }
    this.names.set(this.flash, `${HIGHLIGHT_PREFIX}-flash`);
    this.names.set(this.active, `${HIGHLIGHT_PREFIX}-active`);
  }

  /** Paints the mentions of one block (of the groups shown), up to MAX_REGISTERED in all; true if any was added. */
  paint(mentions: readonly PageMention[], block: Element): boolean {
    let added = false;
    for (const m of mentions) {
      if (this.registered.has(m) || this.registered.size >= MAX_REGISTERED) continue;
      const group = this.groupOf(m.actorId);
      if (!this.options.groups[group]) continue;
      this.registered.add(m);
      this.highlights.get(group)!.add(m.range);
      added = true;
    }
    if (added) this.styleTreeOf(block);
    this.live ||= added;
    return added;
  }

  /** Stops painting a mention. */
  unpaint(m: PageMention): void {
    if (this.registered.delete(m)) this.highlights.get(this.groupOf(m.actorId))?.delete(m.range);
    this.active.delete(m.range);
  }

  /** Briefly flashes one mention (after the panel scrolls to it). */
  flashMention(m: PageMention, ms: number): void {
    this.live = true;
    this.styleTreeOf(m.block);
    this.flash.clear();
    this.flash.add(m.range);
    cancel(this.flashTimer);
    this.flashTimer = later(() => this.flash.clear(), ms);
  }

  /** Marks the mention the keyboard is on (or none). */
  setActive(m: PageMention | undefined): void {
    this.active.clear();
    if (!m) return;
    this.active.add(m.range);
    this.styleTreeOf(m.block);
    this.live = true;
  }

  /** Takes every highlight out of the registry. */
  destroy(): void {
    cancel(this.flashTimer);
    for (const name of this.names.values()) CSS.highlights.delete(name);
    this.names.clear();
    this.registered.clear();
  }

  /** A block in a shadow tree needs our rules in that tree too, in Firefox (see ShadowStyles). */
  private styleTreeOf(block: Element): void {
    if (!this.shadowStyles) return;
    const root = block.getRootNode();
    if (root.nodeType === 11) this.shadowStyles.add(root as ShadowRoot);
  }
}
