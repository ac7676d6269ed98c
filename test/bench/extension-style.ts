/**
 * The built extension's cost to a page's style changes: a 5 MB bench page in headless Chromium, a class toggled
 * on `<body>` (every element restyled), with the extension loaded and its scan over, against the same page with
 * no extension, in fresh browsers interleaved. The content benchmark measures the same with its stand-in; this
 * one has the browser inject the stylesheet as it does for the real content script. Two figures per toggle: the
 * toggle with a forced style and layout (script-timed), and the whole frame (the page's task time).
 *
 *   npm run build:release && npx tsx test/bench/extension-style.ts none dist/chrome [/tmp/before/dist/chrome …]   (ROUNDS=4 SIZE=5242880)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/harness/server.ts';
import { CHROMIUM_PATH } from '../paths.ts';
import { newsPage } from '../shared/news-page.ts';
import { twoFrames } from './page-scripts.ts';
import { median } from './stats.ts';

const NONE = 'none';
const targets = process.argv.slice(2).map((d) => (d === NONE ? d : resolve(d)));
if (!targets.length) throw new Error('usage: npx tsx test/bench/extension-style.ts none <built extension dir> [...]');
const rounds = Number(process.env.ROUNDS ?? 4);
const TOGGLES = 9;
const server = await startServer();
const html = newsPage(Number(process.env.SIZE ?? 5 << 20));

/** One fresh browser with `target` (or none): the page, the scan, then TOGGLES class toggles. */
async function toggles(target: string, round: number): Promise<{ forced: number[]; frame: number[] }> {
  const profile = mkdtempSync(join(tmpdir(), 'fc-ext-style-'));
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
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskMs = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    await page.goto(server.page(`/extension-style-${round}.html`, html), { waitUntil: 'load' });
    // The scan of 5 MB is over well within this (its figures are in the content benchmark).
    await page.waitForTimeout(3_000);
    if (target !== NONE && !(await page.evaluate(() => CSS.highlights.size)))
      throw new Error(`${target}: nothing painted`);
    const forced: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < TOGGLES; i++) {
      forced.push(
        await page.evaluate(() => {
          const t0 = performance.now();
          document.body.classList.toggle('alt');
          void document.body.offsetHeight;
          return performance.now() - t0;
        }),
      );
      await page.evaluate(twoFrames);
      const t0 = await taskMs();
      await page.evaluate(`document.body.classList.toggle('alt'); ${twoFrames}`);
      frame.push((await taskMs()) - t0);
    }
    return { forced, frame };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const results = targets.map(() => ({ forced: [] as number[], frame: [] as number[] }));
for (let round = 0; round < rounds; round++) {
  for (const [i, target] of targets.entries()) {
    const { forced, frame } = await toggles(target, round);
    results[i]!.forced.push(...forced);
    results[i]!.frame.push(...frame);
  }
}
await server.close();

const f = (ms: number) => ms.toFixed(1);
console.log(
  `A class toggled on <body> of a ${(Number(process.env.SIZE ?? 5 << 20) / 1_048_576).toFixed(0)} MB page (medians of ${rounds} fresh browsers × ${TOGGLES}, interleaved):`,
);
const [baseForced, baseFrame] = [median(results[0]!.forced), median(results[0]!.frame)];
for (const [i, target] of targets.entries()) {
  const [forced, frame] = [median(results[i]!.forced), median(results[i]!.frame)];
  console.log(
    `  ${target}: style and layout ${f(forced)} ms (×${(forced / baseForced).toFixed(2)} the first), frame ${f(frame)} ms (${frame >= baseFrame ? '+' : ''}${f(frame - baseFrame)} ms)`,
  );
}
