/**
 * The built extension's cost of following a live page, with the browser's own extension messaging in it (the
 * content benchmark's stand-in posts to a worker instead): a 1 MB bench page in headless Chromium with the
 * extension loaded, five 1 KB appends after the scan, and a DevTools trace of the page's main thread. Per
 * append, it adds up the extension's tasks: the content script's functions where the page's own work shares the
 * task (the MutationObserver callback in the page's task, animation-frame callbacks), the whole task where
 * nothing else ran in it (the batch's timer, the matcher's answer, the summary's timer). Times are the main
 * thread's CPU time in those events (the trace's thread clock), so that the machine's other work weighs little.
 * Tracing adds a little to every function call, so read the builds against each other, interleaved on fresh
 * browsers:
 *
 *   npm run build:release && cp -r dist/chrome /tmp/after
 *   git worktree add /tmp/before <commit> && ln -s $PWD/node_modules /tmp/before/ && (cd /tmp/before && npx tsx build/build.ts --release)
 *   npx tsx test/bench/extension-append.ts /tmp/before/dist/chrome /tmp/after        (ROUNDS=6 SIZE=1048576)
 *
 * `stand-in` in the list adds the content benchmark's page (its bundle and worker, no extension) measured the
 * same way, with its own counters (what the content benchmark reports) printed next to the traced figure: how
 * much the trace and its attribution add.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { waitFor } from '../e2e/harness/browsers.ts';
import { startServer } from '../e2e/harness/server.ts';
import { CHROMIUM_PATH } from '../paths.ts';
import { benchBundle } from './bench-bundle.ts';
import { newsPage } from '../shared/news-page.ts';
import { median } from './stats.ts';

const targets = process.argv.slice(2).map((d) => (d === 'stand-in' ? d : resolve(d)));
if (!targets.length)
  throw new Error('usage: npx tsx test/bench/extension-append.ts <built extension dir | stand-in> [...]');
const rounds = Number(process.env.ROUNDS ?? 6);
const APPENDS = 5;
const APPEND_TEXT = 'Russian President Vladimir Putin met Chinese leaders in Beijing as talks with Kyiv stalled. '
  .repeat(11)
  .slice(0, 1024);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread in the event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const FRAME_WORK = new Set(['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);
/** An event's main-thread CPU time (the trace's thread clock), not wall time: the machine's other work weighs little. */
const cpu = (e: TraceEvent) => e.tdur ?? e.dur!;
const isOurs = (e: TraceEvent) =>
  e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith('chrome-extension://');

/** Per append, the extension's main-thread milliseconds (see the top of this file). */
function extensionMsPerAppend(events: TraceEvent[]): number[] {
  const marks = events.filter((e) => e.name === 'append').sort((a, b) => a.ts - b.ts);
  if (marks.length === 0) throw new Error('no append marks in the trace');
  const { pid, tid } = marks[0]!;
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const per = marks.map(() => 0);
  for (const task of spans) {
    if (task.name !== 'ThreadControllerImpl::RunTask') continue;
    const end = task.ts + task.dur!;
    if (end < marks[0]!.ts) continue;
    let index = 0;
    while (index + 1 < marks.length && marks[index + 1]!.ts <= end) index++;
    const inside = spans.filter((e) => e !== task && e.ts >= task.ts && e.ts <= end);
    const ours = inside.filter(isOurs);
    const frame = inside.some((e) => FRAME_WORK.has(e.name));
    const within = (e: TraceEvent, outer: TraceEvent[]) =>
      outer.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur! <= o.ts + o.dur!);
    if (ours.length) {
      // The page's own script in the task (the driver's append): a function call of another script, not called by ours.
      const pageScript = inside.some((e) => e.name === 'FunctionCall' && !isOurs(e) && !within(e, ours));
      const own = ours.filter((e) => !within(e, ours)).reduce((sum, e) => sum + cpu(e), 0);
      per[index]! += frame || pageScript ? own : cpu(task);
    } else if (
      !frame &&
      inside.some((e) => e.name === 'Receive mojo message') &&
      task.ts > marks[index]!.ts + 1_000 &&
      task.ts < marks[index]!.ts + 350_000
    ) {
      // An answer to the content script's message handled without a traced function call (sendMessage's), within
      // the follow-up's time (the batch, the answer, the summary's timer); later ones are the trace's own.
      per[index]! += cpu(task);
    }
  }
  return per.map((us) => us / 1000);
}

/**
 * The page appends 1 KB `count` times, `gap` ms apart, each in a timer task of its own (whose function call the
 * trace shows); one evaluate, so that no protocol message lands between. With the stand-in, its own counters of
 * each follow-up are returned. (A string: tsx would wrap a function's inner functions in a helper the page lacks.)
 */
const APPEND_ALL = `async ({ text, count, gap, standIn }) => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const counted = [];
  await sleep(0);
  for (let i = 0; i < count; i++) {
    if (standIn) __fc.resetCounters();
    performance.mark('append');
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('main').append(p);
    if (standIn) counted.push((await __fc.followUpMs()).ms);
    await sleep(standIn ? gap / 2 : gap);
  }
  return counted;
}`;

/**
 * One fresh browser: the page, the scan, then a trace of the appends. `target` is a built extension, or
 * `stand-in`: the content benchmark's bundle, its source named like a content script's so that the same
 * attribution finds its functions, and its own counters returned next to the traced figures.
 */
async function traceAppends(
  target: string,
  html: string,
  round: number,
): Promise<{ traced: number[]; counted: number[] }> {
  const standIn = target === STAND_IN;
  const profile = mkdtempSync(join(tmpdir(), 'fc-ext-append-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      ...(standIn ? [] : [`--disable-extensions-except=${target}`, `--load-extension=${target}`]),
      '--disable-gpu',
    ],
  });
  try {
    const page = await context.newPage();
    await page.goto(server.page(`/extension-append-${round}.html`, html), { waitUntil: 'load' });
    if (standIn) {
      await page.addScriptTag({ content: `${standInBundle}\n//# sourceURL=chrome-extension://stand-in/content.js` });
      await page.evaluate('__fc.ready().then(() => __fc.scan())');
    } else {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      // The scan is over once the top frame reported its mentions (the wait below lets the last of them settle).
      await waitFor(
        () =>
          worker.evaluate(async () => {
            const all = (await (globalThis as any).chrome.storage.session.get(null)) as Record<
              string,
              { frames?: Record<string, { total?: number }> }
            >;
            return Object.values(all).some((tab) => (tab?.frames?.['0']?.total ?? 0) > 0);
          }),
        30_000,
        'the scan',
      );
    }
    await page.waitForTimeout(1_500);
    const cdp = await context.newCDPSession(page);
    // playwright-core types only some protocol events; these two are plain CDP events.
    const events$ = cdp as unknown as {
      on(event: string, listener: (e: { value: TraceEvent[] }) => void): void;
      once(event: string, listener: () => void): void;
    };
    const events: TraceEvent[] = [];
    events$.on('Tracing.dataCollected', (e) => void events.push(...e.value));
    const complete = new Promise<void>((r) => events$.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8.execute,toplevel,blink.user_timing',
      transferMode: 'ReportEvents',
    });
    await page.waitForTimeout(300);
    // The gap leaves room for the batch (40 ms), the answer, the summary (250 ms) and the frames.
    const counted = (await page.evaluate(
      `(${APPEND_ALL})(${JSON.stringify({ text: APPEND_TEXT, count: APPENDS, gap: 400, standIn })})`,
    )) as number[];
    await cdp.send('Tracing.end');
    await complete;
    return { traced: extensionMsPerAppend(events), counted };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const STAND_IN = 'stand-in';
const standInBundle = targets.includes(STAND_IN) ? await benchBundle() : '';
const server = await startServer();
const html = newsPage(Number(process.env.SIZE ?? 1 << 20));
const results = targets.map(() => ({ traced: [] as number[][], counted: [] as number[] }));
for (let round = 0; round < rounds; round++) {
  for (const [i, target] of targets.entries()) {
    const { traced, counted } = await traceAppends(target, html, round);
    results[i]!.traced.push(traced);
    results[i]!.counted.push(...counted);
  }
}
await server.close();

const medians = results.map((r) => median(r.traced.flat()));
console.log(
  `1 KB appends on a ${(Number(process.env.SIZE ?? 1 << 20) / 1_048_576).toFixed(0)} MB page, main-thread ms per append (traced; ${rounds} fresh browsers × ${APPENDS} appends, interleaved):`,
);
for (const [i, target] of targets.entries()) {
  const byAppend = Array.from({ length: APPENDS }, (_, k) =>
    median(results[i]!.traced.map((r) => r[k]!)).toFixed(2),
  ).join(' / ');
  const own = results[i]!.counted.length
    ? `; its own counters, traced: ${median(results[i]!.counted).toFixed(2)} ms`
    : '';
  console.log(
    `  ${target}: median ${medians[i]!.toFixed(2)} ms (×${(medians[i]! / medians[0]!).toFixed(2)} the first); appends 1–${APPENDS}: ${byAppend}${own}`,
  );
}
