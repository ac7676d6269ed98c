/**
 * The frame's highlights: the painter (what a mention looks like), the painted window (which mentions are painted)
 * and the registry guard (keeping our entries in the page's registry), with Firefox's shadow-root styles. Nothing
 * is added to the page's DOM; our entries are first registered when something is painted, so a page without
 * mentions never touches the registry.
 */
import type { HighlightGroup } from '../../shared/settings';
import type { PageMention } from '../mentions/page-mention';
import { PaintedWindow, type MentionSource } from './painted-window';
import { Painter, type PaintOptions } from './painter';
import { RegistryGuard } from './registry-guard';
import type { ShadowStyles } from './shadow-styles';

const FLASH_MS = 1500;

export class Highlighter {
  private readonly painter: Painter;
  private readonly guard: RegistryGuard;
  /** Which mentions are painted (track, untrack, scrolled, refresh and pageChanged are its own). */
  readonly window: PaintedWindow;

  constructor(
    source: MentionSource,
    groupOf: (actorId: string) => HighlightGroup,
    options: PaintOptions,
    /** Firefox's: our rules for the shadow roots we paint in (see ShadowStyles). */
    private readonly shadowStyles?: Pick<ShadowStyles, 'add' | 'restore' | 'destroy'>,
  ) {
    this.painter = new Painter(groupOf, options, shadowStyles);
    this.guard = new RegistryGuard(this.painter);
    this.window = new PaintedWindow(source, this.painter, () => this.guard.ensure());
  }

  /** How many ranges are registered now. */
  get registeredCount(): number {
    return this.painter.registeredCount;
  }

  /** Applies new settings: style, contrast and groups. */
  setOptions(options: PaintOptions): void {
    this.painter.restyle(options);
    this.window.repaint();
  }

  /** Briefly flashes one mention (after the panel scrolls to it). */
  flashMention(m: PageMention): void {
    this.painter.flashMention(m, FLASH_MS);
    this.guard.ensure();
  }

  /** Marks the mention the keyboard is on (or none). */
  setActive(m: PageMention | undefined): void {
    this.painter.setActive(m);
    this.guard.ensure();
  }

  /** Puts our highlights back if the page deleted them (cheap; on the reader's actions). */
  ensureRegistered(): void {
    this.guard.ensure();
  }

  /**
   * A batch of the page's DOM changes: our entries back if the page deleted them, and in Firefox our rules back
   * into the shadow roots whose components replaced their sheets (see ShadowStyles.restore).
   */
  afterDomBatch(): void {
    this.guard.ensureAfterBatch();
    this.shadowStyles?.restore();
  }

  /** Removes every highlight and stops following the page. */
  destroy(): void {
    this.shadowStyles?.destroy();
    this.window.destroy();
    this.guard.destroy();
    this.painter.destroy();
  }
}
