/**
 * One frame's Fact Context: owns the scanner, the highlighter and the message handlers, applies settings
 * at once, reports its mentions to the background, and tears everything down when the extension goes away.
 */
import nameKeys from 'fact-context:name-keys';
import { browser, extensionAlive } from '../shared/browser';
import { portToBackground } from '../shared/background-port';
import { onMessages } from '../shared/messaging';
import type { ContentMessages, FrameSummary, MentionItem } from '../shared/protocol';
import { activeOn, type Settings } from '../shared/settings';
import { actorById, groupOf } from './actors';
import highlightCss from './content.css';
import { HoverController } from './hover/hover-controller';
import type { PageMention } from './mentions/page-mention';
import type { Highlighter } from './paint/highlighter';
import { ShadowStyles } from './paint/shadow-styles';
import { createPipeline, type Pipeline } from './pipeline';
import { backgroundMatcher } from './scan/match-client';
import { keyTests } from './scan/name-check';
import type { Scanner } from './scan/scanner';
import { Slicer } from './slicer';
import { later, cancel } from '../shared/timers';

const REPORT_MS = 250;
const SNIPPET = 60;

export interface Controller {
  readonly scanner: Scanner | undefined;
  readonly highlighter: Highlighter | undefined;
  readonly hover: HoverController | undefined;
  applySettings(settings: Settings): void;
  /** Moves to the next/previous mention from the current one; resolves to it. */
  step(direction: 1 | -1): Promise<PageMention | undefined>;
  reveal(m: PageMention): void;
  destroy(): void;
}

/** Hooks the hover card (or tests) can attach to the controller's lifecycle. */
export interface ControllerHooks {
  isOwnUi(node: Node): boolean;
  /** The site pausing applies to: the top frame's (see top-site.ts). */
  site: string;
  /** The frame's text holds a name key already (the sentinel looked): the first scan walks at once. */
  keysFound?: boolean;
  onStep?(m: PageMention): void;
  onDestroy?(): void;
}

/** Starts Fact Context in this frame with the given settings. */
export function startController(settings: Settings, hooks: ControllerHooks): Controller {
  const slicer = new Slicer();
  let pipeline: Pipeline | undefined;
  let hover: HoverController | undefined;
  let current: Settings = settings;
  let reportTimer = 0;
  let lastReport = '';
  /** When the last summary was sent (performance.now()). */
  let lastSent = 0;
  let cursor: PageMention | undefined;
  let destroyed = false;
  let keysFound = hooks.keysFound ?? false;
  /** The frame's requests to the background: its text to match, its summary after each change. */
  const background = portToBackground();

  /** Sends the frame's summary to the background, if it changed since the last one. */
  const sendSummary = () => {
    if (!extensionAlive()) return controller.destroy();
    const summary: FrameSummary = {
      counts: pipeline?.scanner.store.counts() ?? {},
      total: pipeline?.scanner.store.size ?? 0,
      capped: pipeline?.scanner.capped ?? false,
      ...(pipeline ? {} : { inactive: current.enabled ? ('paused' as const) : ('disabled' as const) }),
    };
    const key = JSON.stringify(summary);
    // Sub-frames with nothing to say stay quiet; the top frame always reports once.
    if (key === lastReport || (window !== window.top && summary.total === 0 && lastReport === '')) return;
    lastReport = key;
    lastSent = performance.now();
    if (!background.notify('frame-summary', summary) && !extensionAlive()) controller.destroy();
  };
  /**
   * Reports a change: at most one summary every REPORT_MS. The first report waits (a starting scan answers in
   * several parts); after it, a change that comes REPORT_MS or more after the last summary is sent at once, in the
   * task that made it (a live page's occasional addition costs no task of its own).
   */
  const report = () => {
    if (reportTimer) return;
    const wait = lastReport ? lastSent + REPORT_MS - performance.now() : REPORT_MS;
    if (wait <= 0) return sendSummary();
    reportTimer = later(() => {
      reportTimer = 0;
      sendSummary();
    }, wait);
  };

  const start = () => {
    pipeline = createPipeline({
      slicer,
      match: backgroundMatcher(current.languages, background),
      paint: current,
      groupOf,
      isOwnUi: hooks.isOwnUi,
      nameKeys: keyTests(nameKeys),
      ...(__BROWSER__ === 'firefox' ? { shadowStyles: new ShadowStyles(highlightCss) } : {}),
      onChange: report,
    });
    pipeline.scanner.scanAll(undefined, !keysFound);
    keysFound = false;
    hover = new HoverController({
      store: () => pipeline?.scanner.store,
      inOrder: () => pipeline?.scanner.allMentions() ?? Promise.resolve([]),
      settings: () => current,
      reveal: (m) => controller.reveal(m),
      shadowRoots: () => pipeline?.scanner.shadowRoots ?? [],
    });
  };

  const stop = () => {
    hover?.destroy();
    hover = undefined;
    pipeline?.destroy();
    pipeline = undefined;
    cursor = undefined;
  };

  /** Every mention in page order (made in slices: see Scanner.allMentions), or one actor's. */
  const ordered = async (actorId?: string) =>
    ((await pipeline?.scanner.allMentions()) ?? []).filter((m) => !actorId || m.actorId === actorId);

  const item = (m: PageMention, n: number, order: number): MentionItem => {
    const { startContainer, startOffset, endContainer, endOffset } = m;
    const before = startContainer.data.slice(Math.max(0, startOffset - SNIPPET), startOffset);
    const after = endContainer.data.slice(endOffset, endOffset + SNIPPET);
    return {
      n,
      order,
      actorId: m.actorId,
      kind: actorById(m.actorId)?.kind ?? 'organisation',
      text: m.text,
      before,
      after,
    };
  };

  const removeListeners = onMessages<ContentMessages>(
    {
      'list-mentions': async ({ actorId }) => {
        const seen: Record<string, number> = {};
        const items = (await ordered()).map((m, order) =>
          item(m, (seen[m.actorId] = (seen[m.actorId] ?? -1) + 1), order),
        );
        return {
          itemsJson: JSON.stringify(actorId ? items.filter((i) => i.actorId === actorId) : items),
          capped: pipeline?.scanner.capped ?? false,
        };
      },
      'reveal-mention': async ({ actorId, n }) => {
        const m = (await ordered(actorId))[n];
        if (m) controller.reveal(m);
        return { found: Boolean(m) };
      },
      'step-mention': async ({ direction }) => ({ found: Boolean(await controller.step(direction)) }),
    },
    // Only the background and the extension's own pages command a content script, never a page. (Firefox
    // sets sender.tab for an extension page open in a tab, so the page's URL is what tells.)
    (sender) => sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('')),
  );

  const controller: Controller = {
    get scanner() {
      return pipeline?.scanner;
    },
    get highlighter() {
      return pipeline?.highlighter;
    },
    get hover() {
      return hover;
    },
    applySettings(next) {
      const previous = current;
      current = next;
      const wasOn = Boolean(pipeline);
      const on = activeOn(next, hooks.site);
      if (!on) {
        if (wasOn) stop();
      } else if (!wasOn) {
        start();
      } else {
        pipeline!.highlighter.setOptions(next);
        if (previous.languages.join() !== next.languages.join())
          pipeline!.scanner.scanAll(backgroundMatcher(next.languages, background));
      }
      report();
    },
    async step(direction) {
      const all = await ordered();
      if (!all.length) return undefined;
      const index = cursor ? all.indexOf(cursor) : -1;
      const next =
        index < 0 ? (direction > 0 ? all[0] : all.at(-1)) : all[(index + direction + all.length) % all.length];
      cursor = next;
      if (next) {
        controller.reveal(next);
        pipeline?.highlighter.setActive(next);
        // Open its card once the scroll has brought it into view, with focus inside (keyboard users), and say
        // which mention it is: the highlight and the scroll are not in the accessibility tree.
        hover?.openLater(next);
        hover?.announceStep(next, all.indexOf(next) + 1, all.length);
        hooks.onStep?.(next);
      }
      return next;
    },
    reveal(m) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      (m.startContainer.parentElement ?? m.block).scrollIntoView({
        block: 'center',
        behavior: reduce ? 'auto' : 'smooth',
      });
      pipeline?.highlighter.flashMention(m);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      cancel(reportTimer);
      slicer.stop();
      stop();
      background.close();
      try {
        removeListeners();
      } catch {
        // The extension context is gone; its listeners went with it.
      }
      hooks.onDestroy?.();
    },
  };

  if (activeOn(settings, hooks.site)) start();
  report();
  return controller;
}
