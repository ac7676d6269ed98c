/**
 * The content script's scan-and-highlight, bundled for the benchmark page (no extension APIs: the same
 * scanner, highlighter, slicer and precompiled matcher the content script uses). Exposes `window.__fc`.
 */
import { groupOf } from '../../src/content/actors';
import { Highlighter } from '../../src/content/highlighter';
import { mentionAtPoint, mentionRects } from '../../src/content/hit-test';
import { matcherFor } from '../../src/content/matcher';
import { Scanner } from '../../src/content/scanner';
import { Slicer } from '../../src/content/slicer';
import { RunWalker } from '../../src/content/text-runs';

const ALL = ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl'];
const OPTIONS = { highlightStyle: 'underline' as const, highContrast: false, groups: { people: true, organisations: true, places: true } };
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

let slicer: Slicer;
let highlighter: Highlighter;
let scanner: Scanner;

/** Creates the matcher and scans the page; resolves when every slice and the painted window are done. */
async function scan() {
  const t0 = performance.now();
  const matcher = matcherFor(ALL);
  const createMs = performance.now() - t0;
  slicer = new Slicer();
  highlighter = new Highlighter(
    { blocksInOrder: () => scanner.store.blocksInOrder(), mentionsIn: (b) => scanner.store.byBlock.get(b) },
    groupOf,
    OPTIONS,
  );
  scanner = new Scanner(document, slicer, highlighter, matcher, () => {}, () => false);
  scanner.scanAll();
  await slicer.idle();
  await frame();
  await frame();
  return {
    createMs,
    scriptMs: createMs + slicer.busyMs + highlighter.windowMs,
    maxSliceMs: slicer.maxSliceMs,
    mentions: scanner.store.size,
    registered: highlighter.registeredCount,
    chars: scanner.scannedChars,
    capped: scanner.capped,
  };
}

/** Our main-thread cost of following a page edit (observer + re-scan slices + window update), from now on. */
function resetCounters() {
  slicer.busyMs = 0;
  highlighter.windowMs = 0;
  scanner.observerMs = 0;
}

async function followUpMs() {
  await new Promise((r) => setTimeout(r, 80)); // the batch window
  await slicer.idle();
  await frame();
  return { ms: slicer.busyMs + highlighter.windowMs + scanner.observerMs, slices: slicer.busyMs, window: highlighter.windowMs, observer: scanner.observerMs, mentions: scanner.store.size };
}

/** Average cost of one pointer hit test, over points on and off the visible mentions. */
function hitTest(events: number) {
  const visible = scanner.store.inOrder().filter((m) => {
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
    if (mentionAtPoint(scanner.store, x, y)) hits++;
  }
  return { perEventMs: (performance.now() - t0) / events, hits, events, visibleMentions: visible.length };
}

/** Walk alone, then matching alone over the same chunks (warm), to see where scan time goes. */
function parts() {
  const matcher = matcherFor(ALL);
  const t0 = performance.now();
  const walker = new RunWalker(document.documentElement);
  const chunks: string[] = [];
  for (let c = walker.next(); c; c = walker.next()) chunks.push(c.text);
  const t1 = performance.now();
  let found = 0;
  for (const text of chunks) found += matcher.findMentions(text).length;
  const t2 = performance.now();
  return { walkMs: t1 - t0, matchMs: t2 - t1, chunks: chunks.length, chars: walker.visitedChars, found };
}

(window as unknown as { __fc: unknown }).__fc = { scan, resetCounters, followUpMs, hitTest, parts };
