/**
 * Before/after for performance work: the content script's scan (main-thread script time and total task time,
 * medians) for two source trees, interleaved on fresh pages in headless Chromium so that the machine's noise
 * hits both alike. Check out the older commit with `git worktree add /tmp/before <commit>` (and link its
 * node_modules), then:
 *
 *   npx tsx test/bench/compare.ts /tmp/before .             (SIZES=1048576,5242880 ROUNDS=9 NOMENTIONS=1 FLOOR=1 EDITS=1 APPENDS=1)
 *   MATCHER=1 npx tsx test/bench/compare.ts /tmp/before .   (the matcher alone, warm, in Node)
 *
 * FLOOR=1 also measures the floor (page-scripts.ts) in every round and gives each tree's total as a ratio to it;
 * EDITS=1 measures the page's own 2,000 text edits after each scan (medians of three per page); APPENDS=1, five 1 KB
 * appends after each scan, and our follow-up to each (the median of all). Each tree after the first gets, per
 * figure, its ratio to the first and that ratio's 95% bootstrap interval over the rounds: an interval that holds
 * ×1.00 shows no difference, however far apart the medians look.
 */
import { chromium } from 'playwright-core';
import { resolve, join } from 'node:path';
import { startServer } from '../e2e/harness/server.ts';
import { CHROMIUM_PATH } from '../paths.ts';
import { benchBundle } from './bench-bundle.ts';
import { newsPage } from '../shared/news-page.ts';
import { FLOOR_SCRIPT, appendFollowUps, editTexts } from './page-scripts.ts';
import { MIN_ROUNDS, bootstrapInterval, median } from './stats.ts';

const trees = process.argv.slice(2).map((t) => resolve(t));
if (trees.length < 2) throw new Error('usage: npx tsx test/bench/compare.ts <tree> <tree> [...]');

if (process.env.MATCHER) {
  // The matcher alone, warm, in Node: best of 15 passes, trees alternating.
  const { loadCorpusTexts } = await import('../shared/corpus-text.ts');
  const { generateNewsText } = await import('../shared/news-text.ts');
  const chunked = (text: string) =>
    Array.from({ length: Math.ceil(text.length / 16_384) }, (_, i) => text.slice(i * 16_384, (i + 1) * 16_384));
  const inputs: [string, string[]][] = [
    [
      'bench news page, 5 MB in 16 KB chunks',
      chunked(newsPage(5 << 20).replace(/<[^>]+>/g, (t) => (/^<\/?(p|h2|li|ul|div)/.test(t) ? '\n' : ''))),
    ],
    ['corpus, page by page', loadCorpusTexts().map((t) => t.text)],
    ['generated multilingual news, 5 MB in 16 KB chunks', chunked(generateNewsText(5_000_000))],
  ];
  const matchers = await Promise.all(
    trees.map(async (tree) => {
      const m = await import(join(tree, 'src/match/index.ts'));
      return m.createMatcherFromCompiled(JSON.parse(JSON.stringify(m.compileTables()))) as {
        findMentions(t: string): unknown[];
      };
    }),
  );
  for (const [label, texts] of inputs) {
    const best = trees.map(() => Infinity);
    for (let r = 0; r < 15; r++) {
      for (let i = 0; i < trees.length; i++) {
        const t0 = performance.now();
        for (const text of texts) matchers[i]!.findMentions(text);
        best[i] = Math.min(best[i]!, performance.now() - t0);
      }
    }
    console.log(
      `${label}: ` +
        trees.map((tree, i) => `${tree} ${best[i]!.toFixed(1)} ms (×${(best[0]! / best[i]!).toFixed(2)})`).join(' | '),
    );
  }
  process.exit(0);
}

const bundles = await Promise.all(trees.map((tree) => benchBundle(tree)));
const server = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
const sizes = (process.env.SIZES ?? `${1 << 20}`).split(',').map(Number);
const rounds = Number(process.env.ROUNDS ?? 9);

for (const size of sizes) {
  const html = newsPage(size, process.env.NOMENTIONS ? { mentionEvery: 0, editSpans: 0 } : {});
  const script: number[][] = trees.map(() => []);
  const total: number[][] = trees.map(() => []);
  /** Per tree, per round: the round's edits (three) and appends (five). */
  const edits: number[][][] = trees.map(() => []);
  const appends: number[][][] = trees.map(() => []);
  const floor: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (process.env.FLOOR) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(server.page(`/isolated/compare-floor-${size}-${r}.html`, html), { waitUntil: 'load' });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
      const taskMs = async () =>
        ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
      const before = await taskMs();
      await page.evaluate(FLOOR_SCRIPT);
      floor.push((await taskMs()) - before);
      await page.close();
    }
    for (let k = 0; k < trees.length; k++) {
      const t = r % 2 ? trees.length - 1 - k : k; // alternate the order
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(server.page(`/isolated/compare-${size}-${r}-${t}.html`, html), { waitUntil: 'load' });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
      await page.addScriptTag({ content: bundles[t]! });
      // Trees that match in a stand-in background (a worker) wait for it to run, as the real one does before a page opens.
      await page.evaluate(() => (window as unknown as { __fc: { ready?(): Promise<void> } }).__fc.ready?.());
      const taskMs = async () =>
        ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
      const before = await taskMs();
      const result = (await page.evaluate(() =>
        (window as unknown as { __fc: { scan(): Promise<{ scriptMs: number }> } }).__fc.scan(),
      )) as { scriptMs: number };
      total[t]!.push((await taskMs()) - before);
      script[t]!.push(result.scriptMs);
      if (process.env.EDITS) {
        // The page's own 2,000 text edits and forced layout, after the scan (as content.bench.ts measures them).
        const round: number[] = [];
        for (let k = 0; k < 3; k++) {
          await page.evaluate(() => new Promise((done) => setTimeout(done, 150)));
          round.push(await page.evaluate(editTexts, r * 3 + k));
        }
        edits[t]!.push(round);
      }
      if (process.env.APPENDS) appends[t]!.push(await appendFollowUps(page));
      await page.close();
    }
  }
  const base = median(script[0]!);
  console.log(
    `${size} bytes${process.env.NOMENTIONS ? ', no mentions' : ''}, medians of ${rounds}: ` +
      trees
        .map(
          (tree, i) =>
            `${tree}: script ${median(script[i]!).toFixed(1)} ms (×${(base / median(script[i]!)).toFixed(2)} faster than the first), total ${median(total[i]!).toFixed(1)} ms${floor.length ? ` (×${(median(total[i]!) / median(floor)).toFixed(2)} the floor)` : ''}`,
        )
        .join(' | ') +
      (floor.length ? ` | floor ${median(floor).toFixed(1)} ms` : '') +
      (process.env.EDITS
        ? ` | page's 2,000 edits after the scan: ${trees.map((tree, i) => `${tree} ${median(edits[i]!.flat()).toFixed(1)} ms`).join(', ')}`
        : '') +
      (process.env.APPENDS
        ? ` | 1 KB append, our follow-up (median of ${rounds * 5}): ${trees.map((tree, i) => `${tree} ${median(appends[i]!.flat()).toFixed(2)} ms`).join(', ')}`
        : ''),
  );
  // How sure each difference is: the rounds resampled (each round's pages together), the ratio to the first tree
  // computed again each time (see stats.ts). An interval that holds ×1.00 shows no difference.
  // A figure's samples per tree, per round (one or several); a row of the resampling is one round's, of every tree.
  const oneEach = (series: number[][]) => series.map((tree) => tree.map((x) => [x]));
  const perRound = (series: number[][][]) => Array.from({ length: rounds }, (_, r) => series.map((tree) => tree[r]!));
  const ratio = (i: number) => (rows: readonly number[][][]) =>
    median(rows.flatMap((row) => row[i]!)) / median(rows.flatMap((row) => row[0]!));
  const figures: [string, number[][][]][] = [
    ['script', oneEach(script)],
    ['total', oneEach(total)],
    ...(process.env.EDITS ? [['edits', edits] as [string, number[][][]]] : []),
    ...(process.env.APPENDS ? [['1 KB append', appends] as [string, number[][][]]] : []),
  ];
  for (let i = 1; i < trees.length; i++) {
    const parts = figures.map(([name, series]) => {
      const rows = perRound(series);
      if (rows.length < MIN_ROUNDS) return `${name} ×${ratio(i)(rows).toFixed(2)}`;
      const [low, high] = bootstrapInterval(rows, ratio(i));
      return `${name} ×${ratio(i)(rows).toFixed(2)} (×${low.toFixed(2)} to ×${high.toFixed(2)}${low <= 1 && high >= 1 ? ', no difference shown' : ''})`;
    });
    const how =
      rounds >= MIN_ROUNDS
        ? '95% intervals over the rounds'
        : `too few rounds (${rounds}) for intervals; ${MIN_ROUNDS} at least`;
    console.log(`  ${trees[i]} against ${trees[0]}, ${how}: ${parts.join('; ')}`);
  }
}
await browser.close();
await server.close();
