/**
 * The built extension's cost of following a live page, with the browser's own extension messaging in it (the
 * content benchmark's stand-in posts to a worker instead): a 1 MB bench page in headless Chromium with the
 * extension loaded, five 1 KB appends after the scan, and a DevTools trace of the page's main thread. Per
 * append, it adds up the extension's tasks: the content script's functions where the page's own work shares the
 * task (the MutationObserver callback in the page's task, animation-frame callbacks), the whole task where
 * nothing else ran in it (the batch's timer, the matcher's answer, the summary's timer). Tracing adds a little
 * to every function call, so read the builds against each other, interleaved on fresh browsers:
 *
 *   npm run build:release && cp -r dist/chrome /tmp/after
 *   git worktree add /tmp/before <commit> && ln -s $PWD/node_modules /tmp/before/ && (cd /tmp/before && npx tsx build/build.ts --release)
 *   npx tsx test/bench/extension-append.ts /tmp/before/dist/chrome /tmp/after        (ROUNDS=6 SIZE=1048576)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { waitFor } from '../e2e/harness/browsers.ts';
import { startServer } from '../e2e/harness/server.ts';
import { newsPage } from './content-pages.ts';

const dirs = process.argv.slice(2).map((d) => resolve(d));
if (!dirs.length) throw new Error('usage: npx tsx test/bench/extension-append.ts <built extension dir> [...]');
const rounds = Number(process.env.ROUNDS ?? 6);
const APPENDS = 5;
const APPEND_TEXT = 'Russian President Vladimir Putin met Chinese leaders in Beijing as talks with Kyiv stalled. '.repeat(11).slice(0, 1024);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const FRAME_WORK = new Set(['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);
const isOurs = (e: TraceEvent) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith('chrome-extension://');

/** Per append, the extension's main-thread milliseconds (see the top of this file). */
function extensionMsPerAppend(events: TraceEvent[]): number[] {
  const marks = events.filter((e) => e.name === 'append').sort((a, b) => a.ts - b.ts);
  if (marks.length === 0) throw new Error('no append marks in the trace');
  const { pid, tid } = marks[0]!;
  const spans = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
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
    const within = (e: TraceEvent, outer: TraceEvent[]) => outer.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur! <= o.ts + o.dur!);
    if (ours.length) {
      // The page's own script in the task (the bench's append): a call that neither holds nor lies inside one of ours.
      const related = (e: TraceEvent) => within(e, ours) || ours.some((o) => within(o, [e]));
      const pageScript = inside.some((e) => (e.name === 'v8.callFunction' || e.name === 'EvaluateScript') && !related(e));
      const own = ours.filter((e) => !within(e, ours)).reduce((sum, e) => sum + e.dur!, 0);
      per[index]! += frame || pageScript ? own : task.dur!;
    } else if (!frame && inside.some((e) => e.name === 'Receive mojo message') && task.ts > marks[index]!.ts + 1000) {
      per[index]! += task.dur!; // an answer to the content script's message, handled without a traced function call
    }
  }
  return per.map((us) => us / 1000);
}

async function traceAppends(dir: string, url: string): Promise<number[]> {
  const profile = mkdtempSync(join(tmpdir(), 'fc-ext-append-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--disable-gpu'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // The scan is over once the top frame reported its scan time.
    await waitFor(
      () =>
        worker.evaluate(async () => {
          const all = (await (globalThis as any).chrome.storage.session.get(null)) as Record<string, { frames?: Record<string, { scanMs?: number }> }>;
          return Object.values(all).some((tab) => tab?.frames?.['0']?.scanMs !== undefined);
        }),
      30_000,
      'the scan',
    );
    await page.waitForTimeout(1_500);
    const cdp = await context.newCDPSession(page);
    // playwright-core types only some protocol events; these two are plain CDP events.
    const events$ = cdp as unknown as { on(event: string, listener: (e: { value: TraceEvent[] }) => void): void; once(event: string, listener: () => void): void };
    const events: TraceEvent[] = [];
    events$.on('Tracing.dataCollected', (e) => void events.push(...e.value));
    const complete = new Promise<void>((r) => events$.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,toplevel,blink.user_timing', transferMode: 'ReportEvents' });
    await page.waitForTimeout(300);
    for (let i = 0; i < APPENDS; i++) {
      await page.evaluate((text) => {
        performance.mark('append');
        const p = document.createElement('p');
        p.textContent = text;
        document.querySelector('main')!.append(p);
      }, APPEND_TEXT);
      await page.waitForTimeout(400); // the batch (40 ms), the answer, the summary (250 ms), the frames
    }
    await cdp.send('Tracing.end');
    await complete;
    return extensionMsPerAppend(events);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = await startServer();
const url = server.page('/extension-append.html', newsPage(Number(process.env.SIZE ?? 1 << 20)));
const results = dirs.map(() => [] as number[][]);
for (let round = 0; round < rounds; round++) {
  for (const [i, dir] of dirs.entries()) results[i]!.push(await traceAppends(dir, url));
}
await server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const medians = results.map((rs) => median(rs.flat()));
console.log(`1 KB appends on a ${((Number(process.env.SIZE ?? 1 << 20)) / 1_048_576).toFixed(0)} MB page, the extension's main-thread ms per append (traced; ${rounds} fresh browsers × ${APPENDS} appends, interleaved):`);
for (const [i, dir] of dirs.entries()) {
  const byAppend = Array.from({ length: APPENDS }, (_, k) => median(results[i]!.map((r) => r[k]!)).toFixed(2)).join(' / ');
  console.log(`  ${dir}: median ${medians[i]!.toFixed(2)} ms (×${(medians[i]! / medians[0]!).toFixed(2)} the first); appends 1–${APPENDS}: ${byAppend}`);
}
