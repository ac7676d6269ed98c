/**
 * What every real page pays for the built extension, measured from outside: each page of the corpus of saved
 * pages (../shared/corpus), served from 127.0.0.1 with its own scripts on and every request to another host
 * aborted, loaded in headless Chromium with one extension, in a fresh browser per page and extension (the
 * extensions interleaved, their order alternating from page to page), under a DevTools trace from before the
 * navigation until 1.5 s after the `load` event. Per page it adds up the extension's main-thread time: every trace
 * event of a script at chrome-extension://… (EvaluateScript, FunctionCall, v8.compile, v8.run, …) on the main
 * thread of any renderer holding one of the page's frames, nested events counted once (the outermost); and it
 * keeps the longest main-thread task (RunTask) holding any of that work. Promise continuations the browser runs
 * outside the extension's own calls (after its messages are answered) carry no script address and are not counted.
 *
 * Times are the main thread's CPU time in those events (the trace's thread clock), not wall time, so that the
 * machine's other work weighs little on them. A fresh browser's start is CPU-bound (2–3 core-seconds), so the next
 * browser starts, and the page before is finished (its trace read, up to 5 s but mostly waiting, and its browser
 * closed), once the current page is quiet (the whole machine under a third of a core for 150 ms, from /proc/stat)
 * or 0.75 s after `load` on a page whose own scripts keep it busy; a page is frozen (Page.setWebLifecycleState) when
 * its trace ends. On most pages of the corpus the extension's own work after `load` is over by then (its last, the
 * summary's timer, ≈ 0.3 s after).
 *
 * `baseline` is a generated extension whose only content script is `void 0;`, declared like the first real
 * extension's (same matches, run_at, all_frames, match_about_blank, match_origin_as_fallback), with an empty
 * service worker so that every browser starts the same way. The first argument is the reference the others are
 * compared with, page by page. Pages are split by what the first real extension did: a page names an actor when
 * its toolbar badge for the tab (chrome.action.getBadgeText, read from its service worker after the trace) is not
 * empty, i.e. some frame reported a mention. A tab the extension opens on install (its welcome page) is closed
 * before the page is loaded.
 *
 *   npx tsx build/build.ts --release --browser chrome
 *   npx tsx test/bench/extension-pages.ts baseline dist/chrome [/tmp/before/dist/chrome …]
 *
 * PAGES=N measures the first N pages only; VERBOSE=1 prints each page's figures as they come.
 *
 * The whole corpus (190 pages) with two targets takes about 18 minutes on two cores.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { startServer } from '../e2e/harness/server.ts';
import { CHROMIUM_PATH, CORPUS_DIR } from '../paths.ts';
import { median } from './stats.ts';

const BASELINE = 'baseline';
const labels = process.argv.slice(2);
if (!labels.some((l) => l !== BASELINE))
  throw new Error('usage: npx tsx test/bench/extension-pages.ts baseline <built extension dir> [...]');
/** Time after the `load` event that the trace still covers. */
const SETTLE_MS = 1_500;
/** A task longer than this is a long task. */
const LONG_TASK_MS = 50;
/** The machine is quiet when fewer cores than this were busy for QUIET_MS. */
const QUIET_CORES = 0.3;
const QUIET_MS = 150;
/** The next browser starts by this time after `load` even if the machine is busy (the page's own scripts). */
const QUIET_BY_MS = 750;
/** Requests that would leave 127.0.0.1 are aborted. */
const ELSEWHERE = /^(?!https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|about:|blob:)/;
const END_MARK = 'extension-pages-end';
const started = Date.now();

/** The corpus's pages, as paths under /corpus/. */
const pages = ['readability', 'postlight']
  .flatMap((sub) =>
    readdirSync(join(CORPUS_DIR, sub))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => `${sub}/${f}`),
  )
  .slice(0, Number(process.env.PAGES ?? Infinity));

/** The target whose badge decides whether a page names an actor (the first real extension). */
const judge = labels.findIndex((l) => l !== BASELINE);

/** The baseline extension, in a temporary directory: one content script declared like the real one's. */
function writeBaseline(): string {
  const manifest = JSON.parse(readFileSync(join(resolve(labels[judge]!), 'manifest.json'), 'utf8')) as {
    content_scripts: Record<string, unknown>[];
  };
  const declared = manifest.content_scripts[0]!;
  const keys = ['matches', 'run_at', 'all_frames', 'match_about_blank', 'match_origin_as_fallback'];
  const script = Object.fromEntries(keys.filter((k) => k in declared).map((k) => [k, declared[k]]));
  const dir = mkdtempSync(join(tmpdir(), 'fc-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Baseline',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ ...script, js: ['content.js'] }],
    }),
  );
  writeFileSync(join(dir, 'content.js'), 'void 0;\n');
  writeFileSync(join(dir, 'background.js'), '');
  return dir;
}

const baselineDir = labels.includes(BASELINE) ? writeBaseline() : '';
const dirs = labels.map((l) => (l === BASELINE ? baselineDir : resolve(l)));

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread in the event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    fileName?: string;
    sync_id?: string;
    data?: { url?: string; processId?: number; frames?: { processId: number }[] };
  };
}

interface PageResult {
  /** The extension's main-thread ms on the page. */
  scriptMs: number;
  /** The longest task holding extension work, ms (0 when there was none). */
  taskMs: number;
  /** The toolbar badge's text for the tab (undefined for a target without one). */
  badge: string | undefined;
}

const SCRIPT_EVENT = /^(EvaluateScript$|FunctionCall$|v8\.|V8\.)/;
const TASK = 'RunTask';
const ours = (e: TraceEvent) =>
  SCRIPT_EVENT.test(e.name) && (e.args?.data?.url ?? e.args?.fileName ?? '').startsWith('chrome-extension://');
const cpu = (e: TraceEvent) => e.tdur ?? e.dur!;
const contains = (outer: TraceEvent, e: TraceEvent) =>
  outer.pid === e.pid && outer.tid === e.tid && outer.ts <= e.ts && e.ts + e.dur! <= outer.ts + outer.dur!;

/** The extension's main-thread ms on the page, and its longest task (see the top of this file). */
function attribute(events: TraceEvent[]): Omit<PageResult, 'badge'> {
  const end = events.find((e) => e.name === 'clock_sync' && e.args?.sync_id === END_MARK)?.ts ?? Infinity;
  // The renderers of the page's frames (the trace also holds the browser's, the GPU's and other tabs').
  const renderers = new Set<number>();
  for (const e of events) {
    if (e.name === 'TracingStartedInBrowser') for (const f of e.args?.data?.frames ?? []) renderers.add(f.processId);
    if (e.name === 'FrameCommittedInBrowser' && e.args?.data?.processId) renderers.add(e.args.data.processId);
  }
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && renderers.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const spans = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts < end && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Sorted by start (the longer first), an event of ours is nested when it ends before the last outermost one.
  const outermost: TraceEvent[] = [];
  const lastEnd = new Map<string, number>();
  for (const e of spans) {
    const thread = `${e.pid}:${e.tid}`;
    if (!ours(e) || e.ts + e.dur! <= (lastEnd.get(thread) ?? -Infinity)) continue;
    outermost.push(e);
    lastEnd.set(thread, e.ts + e.dur!);
  }
  const tasks = spans.filter((e) => e.name === TASK);
  let taskUs = 0;
  for (const e of outermost) taskUs = Math.max(taskUs, cpu(e), ...tasks.filter((t) => contains(t, e)).map(cpu));
  return { scriptMs: outermost.reduce((sum, e) => sum + cpu(e), 0) / 1000, taskMs: taskUs / 1000 };
}

/** Busy and total CPU time of the machine so far (Linux), in clock ticks. */
function cpuTicks(): { busy: number; total: number } | undefined {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    return { busy: total - ticks[3]! - ticks[4]!, total };
  } catch {
    return undefined;
  }
}

const cores = availableParallelism();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Resolves once the machine has been quiet for QUIET_MS (see the top of this file), or by `deadline`. */
async function quietOr(deadline: number): Promise<void> {
  let last = cpuTicks();
  let quietSince = Date.now();
  while (last && Date.now() < deadline) {
    await sleep(50);
    const now = cpuTicks()!;
    if (now.total > last.total && ((now.busy - last.busy) / (now.total - last.total)) * cores > QUIET_CORES)
      quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
    last = now;
  }
  await sleep(deadline - Date.now());
}

interface Browser {
  context: BrowserContext;
  page: Page;
  /** The page's DevTools session, already tracing. */
  cdp: CDPSession;
  worker: Worker;
  profile: string;
}

/** Whether each target opens a tab when installed (learnt at its first start). */
const opensTab = new Map<string, boolean>();

/**
 * A fresh browser with the extension in `dir`, its service worker running, any tab it opened on install closed, and
 * its page traced.
 */
async function launch(dir: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'fc-ext-pages-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--disable-gpu'],
  });
  await context.route(ELSEWHERE, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = context.pages()[0] ?? (await context.newPage());
  if (opensTab.get(dir) !== false) {
    const tab =
      context.pages().find((p) => p !== page) ??
      (await context.waitForEvent('page', { timeout: opensTab.has(dir) ? 10_000 : 5_000 }).catch(() => undefined));
    opensTab.set(dir, tab !== undefined);
    await tab?.close();
  }
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute',
    transferMode: 'ReturnAsStream',
  });
  return { context, page, cdp, worker, profile };
}

/** The badge's text for the page's tab (undefined without a toolbar button). */
function badgeText(worker: Worker): Promise<string | undefined> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    if (!chrome.action) return undefined;
    const tabs = (await chrome.tabs.query({})) as { id: number; url?: string }[];
    const tab = tabs.find((t) => /^https?:/.test(t.url ?? ''));
    return tab ? ((await chrome.action.getBadgeText({ tabId: tab.id })) as string) : undefined;
  });
}

/** Ends the trace and reads it. */
async function collect(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string | undefined>((r) => cdp.once('Tracing.tracingComplete', (e) => r(e.stream)));
  await cdp.send('Tracing.end');
  const handle = await complete;
  if (!handle) throw new Error('no trace');
  let text = '';
  for (let eof = false; !eof;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 24 });
    text += chunk.data;
    eof = chunk.eof;
  }
  await cdp.send('IO.close', { handle });
  return (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents;
}

/**
 * Loads the page in `browser` under its trace until SETTLE_MS after `load`, calling `quiet` once the machine is
 * quiet (by QUIET_BY_MS after `load`), then freezes the page. Returns what is left: reading the trace and the badge,
 * closing the browser.
 */
async function measure(browser: Browser, path: string, quiet: () => void): Promise<() => Promise<PageResult | string>> {
  const { context, page, cdp, worker, profile } = browser;
  let failed = '';
  try {
    await page.goto(server.url(`/corpus/${path}`), { waitUntil: 'load', timeout: 30_000 });
    const end = Date.now() + SETTLE_MS;
    await quietOr(Date.now() + QUIET_BY_MS);
    quiet();
    await sleep(end - Date.now());
  } catch (error) {
    failed = String(error).split('\n')[0]!;
  }
  quiet();
  await cdp.send('Tracing.recordClockSyncMarker', { syncId: END_MARK });
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' }).catch(() => undefined);
  return async () => {
    try {
      const events = await collect(cdp);
      const badge = await badgeText(worker).catch(() => undefined);
      return failed || { ...attribute(events), badge };
    } catch (error) {
      return String(error).split('\n')[0]!;
    } finally {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    }
  };
}

const server = await startServer();
/** results[target][page]: the page's figures, or why it failed. */
const results = labels.map(() => new Array<PageResult | string>(pages.length));
const runs = pages.flatMap((path, p) =>
  (p % 2 ? [...labels.keys()].reverse() : [...labels.keys()]).map((t) => ({ p, path, t })),
);
// A page's quiet end starts the next browser and finishes the page before (its trace is read, taking up to 5 s,
// mostly waiting, and its browser closed), so that no browser starts or stops while a page loads.
const waiting: (() => void)[] = [];
const nextQuiet = () => new Promise<void>((resolve) => waiting.push(resolve));
const release = () => {
  for (const resolve of waiting.splice(0)) resolve();
};
const finishing = new Set<Promise<void>>();
let next = launch(dirs[runs[0]!.t]!);
for (const [k, { p, path, t }] of runs.entries()) {
  const browser = await next;
  while (finishing.size > 3) await Promise.race(finishing);
  let quiet = false;
  const finish = await measure(browser, path, () => {
    if (quiet) return;
    quiet = true;
    if (k + 1 < runs.length) next = launch(dirs[runs[k + 1]!.t]!);
    release();
  });
  const done: Promise<void> = nextQuiet()
    .then(finish)
    .then((result) => {
      results[t]![p] = result;
      finishing.delete(done);
      if (process.env.VERBOSE) console.error(path, labels[t], result);
    });
  finishing.add(done);
}
release();
await Promise.all([...finishing]);
await server.close();
if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });

/** The value at `q` (0–1) of `xs`, nearest rank. */
function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)]!;
}

/** Per page: whether the judge's badge says it names an actor (undefined: unknown, the page is left out). */
const names = pages.map((_, p) => {
  const r = results[judge]![p]!;
  return typeof r === 'string' || r.badge === undefined ? undefined : r.badge !== '';
});
const failures = pages.flatMap((path, p) => [
  ...results.flatMap((r, t) => (typeof r[p] === 'string' ? [`${path} (${labels[t]}): ${r[p]}`] : [])),
  ...(names[p] === undefined && typeof results[judge]![p] !== 'string' ? [`${path}: no badge`] : []),
]);
const width = Math.max(...labels.map((l) => l.length), 6);
const f = (ms: number) => ms.toFixed(1).padStart(7);
const signed = (ms: number) => `${ms < 0 ? '-' : '+'}${Math.abs(ms).toFixed(1)}`.padStart(8);

console.log(
  `Extension main-thread CPU ms per page, until ${SETTLE_MS / 1000} s after load (${pages.length} corpus pages × ${labels.length} fresh browsers, interleaved); Δ: per page, minus ${labels[0]}:`,
);
for (const [title, yes] of [
  ['naming nobody', false],
  ['naming an actor', true],
] as const) {
  const chosen = pages.flatMap((_, p) =>
    names[p] === yes && results.every((r) => typeof r[p] !== 'string') ? [p] : [],
  );
  console.log(`Pages ${title} (${chosen.length}):`);
  if (!chosen.length) continue;
  console.log(
    `  ${'target'.padEnd(width)}  script median     p95     max | longest task p95     max  >${LONG_TASK_MS} ms | Δ median   Δ p95`,
  );
  for (const [t, label] of labels.entries()) {
    const got = chosen.map((p) => results[t]![p] as PageResult);
    const script = got.map((r) => r.scriptMs);
    const task = got.map((r) => r.taskMs);
    const diffs = chosen.map((p) => (results[t]![p] as PageResult).scriptMs - (results[0]![p] as PageResult).scriptMs);
    console.log(
      `  ${label.padEnd(width)}  ${f(median(script))} ${f(quantile(script, 0.95))} ${f(Math.max(...script))} |      ${f(quantile(task, 0.95))} ${f(Math.max(...task))} ${String(task.filter((ms) => ms > LONG_TASK_MS).length).padStart(6)}` +
        (t ? ` | ${signed(median(diffs))} ${signed(quantile(diffs, 0.95))}` : ''),
    );
  }
}
console.log(
  `Classified by ${labels[judge]}'s badge. ${failures.length ? `Left out: ${failures.join('; ')}. ` : ''}` +
    `${runs.length} browsers in ${((Date.now() - started) / 60_000).toFixed(1)} min.`,
);
