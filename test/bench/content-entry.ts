/**
 * The content script's scan-and-highlight, bundled for the benchmark page (no extension APIs: the same
 * pipeline the content script's controller builds, src/content/pipeline.ts). Its main-thread time is read from the
 * User Timing measures the content script records in builds with `__TIMING__` (src/content/timing.ts). Matching runs in a worker standing in for the
 * background (match-worker.ts, the same `findMentionsIn`); the page talks to it by postMessage where the
 * extension uses runtime messaging. The page gets the extension's stylesheet too, as the Chrome build has it
 * (the browser injects it into every page the content script runs in). Exposes `window.__fc`.
 */
import workerCode from 'bench:match-worker';
import contentCss from '../../src/content/content.css';
import { contentCssFor } from '../../build/content-css';
import nameKeys from 'fact-context:name-keys';
import { groupOf } from '../../src/content/actors';
import { mentionAtPoint, mentionRects } from '../../src/content/hover/hit-test';
import type { MatchTexts } from '../../src/content/scan/match-client';
import { keyTests } from '../../src/content/scan/name-check';
import { createPipeline, type Pipeline } from '../../src/content/pipeline';
import { Slicer } from '../../src/content/slicer';
import { RunWalker } from '../../src/content/scan/text-runs';
import { checkPacked, type PackedMentions } from '../../src/match/packed';

const ALL = ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl'];
/** As the default settings paint (src/shared/settings.ts, which this page cannot load: it needs extension APIs). */
const OPTIONS = {
  highlightStyle: 'background' as const,
  highContrast: false,
  groups: { people: true, organisations: true, places: true },
};
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

// The browser adds the content script's stylesheet to the page before the script runs.
const sheet = new CSSStyleSheet();
sheet.replaceSync(contentCssFor(contentCss, 'chrome'));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
// The browser has it before the page's first style; here the page is loaded already, so its restyle is done now,
// not in the first scan that reads a style.
void getComputedStyle(document.body).color;

// The background exists before any page opens; so does this worker, before the bench starts measuring.
const worker = new Worker(URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' })));
const waiting = new Map<number, (packed: PackedMentions) => void>();
let nextId = 0;
/** The worker's own busy time (matching, packing), off the page's main thread. */
let workerMs = 0;
worker.addEventListener('message', ({ data }: MessageEvent<{ id: number; packed: PackedMentions; ms: number }>) => {
  workerMs += data.ms;
  waiting.get(data.id)?.(data.packed);
  waiting.delete(data.id);
});
/** Main-thread time of posting texts and unpacking answers. */
let transportMs = 0;
const match: MatchTexts = (texts) =>
  new Promise((resolve) => {
    const t0 = performance.now();
    const id = nextId++;
    waiting.set(id, (packed) => {
      const t1 = performance.now();
      resolve(checkPacked(packed, texts.length));
      transportMs += performance.now() - t1;
    });
    worker.postMessage({ id, texts, languages: ALL });
    transportMs += performance.now() - t0;
  });

/** Resolves once the worker answers: the background is up before any page opens, so the bench waits for it too. */
const ready = () => match([]).then(() => undefined);

let slicer: Slicer;
let pipeline: Pipeline | undefined;

/** The total duration of the content script's `fact-context:<what>` measures since the counters were reset. */
const timed = (what: string) =>
  performance.getEntriesByName(`fact-context:${what}`).reduce((t, e) => t + e.duration, 0);
const longest = (what: string) =>
  performance.getEntriesByName(`fact-context:${what}`).reduce((t, e) => Math.max(t, e.duration), 0);

/** Scans the page; resolves when every slice, every answer and the painted window are done. */
async function scan() {
  pipeline?.destroy();
  performance.clearMeasures();
  const t0 = performance.now();
  workerMs = 0;
  transportMs = 0;
  slicer = new Slicer();
  pipeline = createPipeline({
    slicer,
    match,
    paint: OPTIONS,
    groupOf,
    isOwnUi: () => false,
    nameKeys: keyTests(nameKeys),
    onChange: () => {},
  });
  const { scanner, highlighter } = pipeline;
  scanner.scanAll();
  await scanner.idle();
  const settledMs = performance.now() - t0;
  await frame();
  await frame();
  return {
    scriptMs: timed('slice') + timed('window'),
    maxSliceMs: longest('slice'),
    workerMs,
    settledMs,
    transportMs,
    windowMs: timed('window'),
    mentions: scanner.store.size,
    registered: highlighter.registeredCount,
    capped: scanner.capped,
  };
}

/** Our main-thread cost of following a page edit (observer + re-scan slices + window update), from now on. */
function resetCounters() {
  performance.clearMeasures();
}

async function followUpMs() {
  const scanner = pipeline!.scanner;
  await new Promise((r) => setTimeout(r, 80)); // the batch window
  await scanner.idle();
  await frame();
  return {
    ms: timed('slice') + timed('window') + timed('observer'),
    slices: timed('slice'),
    window: timed('window'),
    observer: timed('observer'),
    mentions: scanner.store.size,
  };
}

/** Average cost of one pointer hit test, over points on and off the visible mentions. */
function hitTest(events: number) {
  const visible = pipeline!.scanner.store.inOrder().filter((m) => {
    const r = mentionRects(m)[0];
    return r && r.top > 0 && r.bottom < innerHeight && r.left > 0 && r.right < innerWidth;
  });
  const points: [number, number][] = [];
  for (const m of visible) {
    const r = mentionRects(m)[0]!;
    points.push([r.left + r.width / 2, r.top + r.height / 2], [r.right + 30, r.top + r.height / 2]);
  }
  let hits = 0;
  const t0 = performance.now();
  for (let i = 0; i < events; i++) {
    const [x, y] = points[i % points.length]!;
    if (mentionAtPoint(pipeline!.scanner.store, x, y)) hits++;
  }
  return { perEventMs: (performance.now() - t0) / events, hits, events, visibleMentions: visible.length };
}

/** The walk alone, warm (the same chunks the scan sends to the matcher). */
function parts() {
  const t0 = performance.now();
  const walker = new RunWalker(document.documentElement);
  let chunks = 0;
  for (let c = walker.next(); c; c = walker.next()) chunks++;
  return { walkMs: performance.now() - t0, chunks, chars: walker.visitedChars };
}

(window as unknown as { __fc: unknown }).__fc = { ready, scan, resetCounters, followUpMs, hitTest, parts };
