/**
 * What a page's own mutation storm costs it with the built extension: a 200 KB bench page in headless Chromium,
 * left 2 s after load for the extension to settle (scan, highlights) and then alone in its browser (the
 * extension's welcome tab closed), makes 100 DOM mutations every 10 ms for 3 s (10,000 a second: the text of 96
 * blocks spread over the page rewritten, half as a Text node's data and half as the block's textContent, two
 * paragraphs inserted and two removed) while it counts its own animation frames. Per target: the frames it got
 * in those 3 s (median over rounds) as a ratio to the same page with no extension (`none`), with its 95 %
 * bootstrap interval from 8 rounds on, the longest gap between frames (the 3 s's start and end count as frames)
 * and the mutations the page managed. Each target runs in a fresh browser, interleaved, the order reversed every
 * other round. Two pages: `named` names the article's actors (the extension injects its content script and
 * highlights; one rewrite in ten names someone too), `nobody` is the same size of text naming nobody, before and
 * during the storm. The target: the page keeps at least 90 % of the frames it gets without the extension.
 *
 *   npx tsx build/build.ts --release --browser chrome && cp -r dist/chrome /tmp/after
 *   npx tsx test/bench/extension-storm.ts none /tmp/before/dist/chrome /tmp/after   (ROUNDS=6 PAGES=named,nobody SIZE=204800)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/harness/server.ts';
import { CHROMIUM_PATH } from '../paths.ts';
import { newsPage } from '../shared/news-page.ts';
import { twoFrames } from './page-scripts.ts';
import { MIN_ROUNDS, bootstrapInterval, median, verdict } from './stats.ts';

const NONE = 'none';
const targets = process.argv.slice(2).map((d) => (d === NONE ? d : resolve(d)));
const base = targets.indexOf(NONE);
if (base < 0 || targets.length < 2)
  throw new Error('usage: npx tsx test/bench/extension-storm.ts none <built extension dir> [...]');
const rounds = Number(process.env.ROUNDS ?? 6);
const size = Number(process.env.SIZE ?? 200 << 10);
const VARIANTS = {
  named: { html: newsPage(size), names: ['Vladimir Putin', 'Emmanuel Macron', 'Sergei Lavrov'] },
  nobody: { html: newsPage(size, { mentionEvery: 0, editSpans: 0 }), names: [] },
};
type Variant = keyof typeof VARIANTS;
const pages = (process.env.PAGES ?? 'named,nobody').split(',') as Variant[];
for (const name of pages) if (!(name in VARIANTS)) throw new Error(`PAGES: no page "${name}" (named, nobody)`);
const STORM_MS = 3_000;
const SETTLE_MS = 2_000;
/** The target: at least this share of the frames the page gets without the extension. */
const KEEP = 0.9;

interface Storm {
  frames: number;
  longestGap: number;
  mutations: number;
}

/**
 * The page's storm and its frame count, in the page's own world. `perTick` mutations every `tick` ms for `ms`: the
 * text of `perTick - 4` blocks spread over `<main>` rewritten (even ones as their first Text node's data, odd ones
 * as their textContent; one in ten names one of `names`, when any), two paragraphs inserted and the two before
 * them removed. A string: tsx would wrap a function's inner functions in a helper the page lacks.
 */
const STORM = `async ({ ms, tick, perTick, names }) => {
  const main = document.querySelector('main');
  const blocks = [...main.querySelectorAll('p, li, h2')];
  const rewrites = perTick - 4;
  const spread = Array.from({ length: rewrites }, (_, i) => blocks[Math.floor((i * blocks.length) / rewrites)]);
  const words = 'officials said the talks on security and energy prices would go on after the meeting of the delegation'.split(' ');
  const text = (n) => {
    const k = n % words.length;
    const s = words.slice(k).concat(words.slice(0, k)).join(' ') + ' ' + n + '. ';
    return names.length && n % 10 === 0 ? names[(n / 10) % names.length] + ' said ' + s : s;
  };
  const added = [];
  let ticks = 0;
  let mutations = 0;
  let timer = 0;
  const frames = [];
  const t0 = performance.now();
  const end = t0 + ms;
  const storm = () => {
    if (performance.now() >= end) return clearInterval(timer);
    ticks++;
    for (let i = 0; i < rewrites; i++) {
      const el = spread[i];
      const s = text(ticks * rewrites + i);
      if (i % 2 === 0 && el.firstChild && el.firstChild.nodeType === 3) el.firstChild.data = s;
      else el.textContent = s;
      mutations++;
    }
    for (let k = 0; k < 2; k++) {
      const p = document.createElement('p');
      p.textContent = text(ticks * 2 + k + 1);
      main.insertBefore(p, blocks[((ticks * 2 + k) * 37) % blocks.length]);
      added.push(p);
      mutations++;
    }
    while (added.length > 2) {
      added.shift().remove();
      mutations++;
    }
  };
  timer = setInterval(storm, tick);
  return new Promise((done) => {
    const frame = () => {
      const now = performance.now();
      if (now <= end) {
        frames.push(now);
        requestAnimationFrame(frame);
        return;
      }
      clearInterval(timer);
      const edges = [t0, ...frames, end];
      let longestGap = 0;
      for (let i = 1; i < edges.length; i++) longestGap = Math.max(longestGap, edges[i] - edges[i - 1]);
      done({ frames: frames.length, longestGap, mutations });
    };
    requestAnimationFrame(frame);
  });
}`;

/** One fresh browser with `target` (or none): the page, the extension's settling, then the storm. */
async function storm(target: string, variant: Variant, round: number): Promise<Storm> {
  const profile = mkdtempSync(join(tmpdir(), 'fc-ext-storm-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      ...(target === NONE ? [] : [`--disable-extensions-except=${target}`, `--load-extension=${target}`]),
      '--disable-gpu',
    ],
  });
  try {
    if (target !== NONE && !context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    const { html, names } = VARIANTS[variant];
    await page.goto(server.page(`/extension-storm-${variant}-${round}.html`, html), { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    if (target !== NONE && variant === 'named' && !(await page.evaluate(() => CSS.highlights.size)))
      throw new Error(`${target}: nothing painted on the named page`);
    // The extension's welcome tab (opened on install) takes the window's foreground: the page behind it gets a
    // frame a second under load. A reader's page is in front; so is this one, alone, in every browser alike.
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.evaluate(twoFrames);
    return (await page.evaluate(
      `(${STORM})(${JSON.stringify({ ms: STORM_MS, tick: 10, perTick: 100, names })})`,
    )) as Storm;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = await startServer();
/** Per page, per round, per target: what one storm measured. */
const results = new Map(pages.map((variant) => [variant, [] as Storm[][]]));
for (let round = 0; round < rounds; round++) {
  for (const variant of pages) {
    const row: Storm[] = new Array(targets.length);
    const order = [...targets.keys()];
    if (round % 2) order.reverse();
    for (const i of order) row[i] = await storm(targets[i]!, variant, round);
    results.get(variant)!.push(row);
  }
}
await server.close();

const framesRatio = (i: number) => (rows: readonly Storm[][]) =>
  median(rows.map((row) => row[i]!.frames)) / median(rows.map((row) => row[base]!.frames));
const width = Math.max(...targets.map((t) => t.length));
console.log(
  `The page's own storm, 100 DOM mutations every 10 ms for ${STORM_MS / 1000} s on a ${Math.round(size / 1024)} KB page, ${SETTLE_MS / 1000} s after load (medians of ${rounds} fresh browsers, interleaved); target: ≥ ${KEEP * 100} % of the frames without the extension${rounds < MIN_ROUNDS ? `; too few rounds (${rounds}) for intervals, ${MIN_ROUNDS} at least` : ''}:`,
);
for (const variant of pages) {
  const rows = results.get(variant)!;
  for (const [i, target] of targets.entries()) {
    const figures = `${median(rows.map((row) => row[i]!.frames))} frames`;
    const gap = `longest gap ${median(rows.map((row) => row[i]!.longestGap)).toFixed(1)} ms`;
    const done = `${median(rows.map((row) => row[i]!.mutations)).toLocaleString('en')} mutations`;
    let against = '';
    if (i !== base) {
      const ratio = framesRatio(i)(rows);
      against = ` ×${ratio.toFixed(2)}`;
      let judged = ratio >= KEEP ? 'met by the median' : 'missed by the median';
      if (rounds >= MIN_ROUNDS) {
        const [low, high] = bootstrapInterval(rows, framesRatio(i));
        against += ` (95 % ×${low.toFixed(2)}–${high.toFixed(2)})`;
        judged = verdict([low, high], KEEP, true);
        if (judged === 'within noise') judged += `, the median ${ratio >= KEEP ? 'meets' : 'misses'} it`;
      }
      against += `: ${judged}`;
    }
    console.log(`  ${variant.padEnd(6)} ${target.padEnd(width)}  ${figures}${against}; ${gap}; ${done}`);
  }
}
