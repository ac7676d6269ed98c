/**
 * One frame's scan-and-paint pipeline, wired in one place for the content script's controller and for the
 * benchmark's page: the scanner finds mentions and publishes what changed, the highlighter paints the ones near the
 * viewport, and window events keep the painted window following the reader.
 */
import type { HighlightGroup } from '../shared/settings';
import { MentionStore } from './mentions/mention-store';
import { Highlighter } from './paint/highlighter';
import type { PaintOptions } from './paint/painter';
import type { ShadowStyles } from './paint/shadow-styles';
import type { MatchTexts } from './scan/match-client';
import type { KeyTests } from './scan/name-check';
import { Scanner } from './scan/scanner';
import type { Slicer } from './slicer';

/** What a pipeline is made of. */
export interface PipelineParts {
  slicer: Slicer;
  match: MatchTexts;
  paint: PaintOptions;
  groupOf(actorId: string): HighlightGroup;
  /** Our own in-page UI: never scanned. */
  isOwnUi(node: Node): boolean;
  /** The name keys: with them, a page is walked only if its text holds one. */
  nameKeys?: KeyTests;
  /** Firefox's shadow-root styles (see ShadowStyles). */
  shadowStyles?: ShadowStyles;
  /** The store's counts or the scan's state changed. */
  onChange(): void;
}

/** A running pipeline. */
export interface Pipeline {
  readonly scanner: Scanner;
  readonly highlighter: Highlighter;
  /** Stops scanning and painting, and removes every listener and highlight. */
  destroy(): void;
}

/** Builds the pipeline for this document; the caller starts it with `scanner.scanAll()`. */
export function createPipeline(parts: PipelineParts): Pipeline {
  const store = new MentionStore();
  const highlighter = new Highlighter(store, parts.groupOf, parts.paint, parts.shadowStyles);
  const painted = highlighter.window;
  const scanner = new Scanner(
    document,
    parts.slicer,
    {
      added: (mentions) => painted.track(mentions),
      removed: (mentions) => painted.untrack(mentions),
      deferred: () => painted.refresh(),
      domChanged: () => painted.pageChanged(),
      batchHandled: () => highlighter.afterDomBatch(),
      changed: parts.onChange,
    },
    parts.match,
    parts.isOwnUi,
    parts.nameKeys,
    store,
  );

  const events = new AbortController();
  const signal = events.signal;
  // The page shares the highlight registry and may delete our entries: cheap checks on the reader's actions.
  const recheck = () => highlighter.ensureRegistered();
  for (const type of ['pointermove', 'focusin'] as const)
    window.addEventListener(type, recheck, { capture: true, passive: true, signal });
  document.addEventListener('visibilitychange', recheck, { signal });
  // The painted window follows scrolling (of the page or of any scroller in it) and resizing.
  window.addEventListener('scroll', (event) => painted.scrolled(event.target), {
    capture: true,
    passive: true,
    signal,
  });
  window.addEventListener('resize', () => painted.refresh(), { passive: true, signal });

  return {
    scanner,
    highlighter,
    destroy() {
      events.abort();
      scanner.destroy();
      highlighter.destroy();
    },
  };
}
