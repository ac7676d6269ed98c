/**
 * Robustness on ~190 real saved pages (../shared/corpus), in headless Chromium: the extension throws no
 * error, leaves the DOM exactly as it was (compared with a browser without the extension), and reports its
 * scan time and mention counts. Page scripts are blocked by CSP so that the two DOMs are deterministic.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, chromiumContext, waitFor } from './harness/browsers';
import { CORPUS_DIR } from '../paths';
import { startServer, type TestServer } from './harness/server';

const pages = ['readability', 'postlight'].flatMap((dir) =>
  readdirSync(join(CORPUS_DIR, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`),
);

interface Row {
  page: string;
  scanMs: number;
  mentions: number;
  actors: number;
}

describe.runIf(BROWSERS.includes('chromium'))('the corpus of real pages, in Chromium', () => {
  let server: TestServer;
  let plain: Awaited<ReturnType<typeof chromiumContext>>;
  let withExtension: Awaited<ReturnType<typeof chromiumContext>>;
  let plainPage: Page;
  let page: Page;
  let probe: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    plain = await chromiumContext(false);
    withExtension = await chromiumContext(true);
    plainPage = await plain.context.newPage();
    page = await withExtension.context.newPage();
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      // Network failures of the page's own resources (offline here) are not the extension's errors.
      if (m.type() !== 'error' || m.text().startsWith('Failed to load resource')) return;
      if (/chrome-extension:|fact.?context/i.test(`${m.location().url} ${m.text()}`))
        errors.push(`${page.url()}: ${m.text()}`);
    });
    probe = await withExtension.context.newPage();
    await probe.goto(`chrome-extension://${withExtension.extensionId}/options.html`);
  });
  afterAll(async () => {
    await plain?.close();
    await withExtension?.close();
    await server?.close();
  });

  it(
    `loads all ${pages.length} pages: no extension error, DOM unchanged, scan times reported`,
    { timeout: 900_000 },
    async () => {
      const rows: Row[] = [];
      const changed: string[] = [];
      const unreported: string[] = [];
      for (const name of pages) {
        const url = server.url(`/corpus-static/${name}`);
        await plainPage.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
        const before = await plainPage.evaluate(() => document.documentElement.outerHTML).catch(() => null);
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
        // The development build records when the scan ended, and its slices, as User Timing measures.
        const scanMs = await waitFor(() => page.evaluate(scanTime), 15_000, `the scan of ${name}`).catch(() => null);
        const summary =
          scanMs === null
            ? null
            : await waitFor(
                async () => {
                  await new Promise((r) => setTimeout(r, 300)); // the summary follows the scan's end within 250 ms
                  return probe.evaluate(async (u) => {
                    // The background keeps no address: the page's tab id names its entry.
                    const api = (globalThis as any).chrome;
                    const tab = ((await api.tabs.query({})) as Array<{ id: number; url?: string }>).find(
                      (t) => t.url === u,
                    );
                    const key = `tab:${tab?.id}`;
                    const entry = (await api.storage.session.get(key))[key] as
                      { frames?: Record<string, { counts: Record<string, number>; total: number }> } | undefined;
                    return entry?.frames?.['0'] ?? null;
                  }, url);
                },
                5_000,
                `the summary of ${name}`,
              ).catch(() => null);
        const after = await page.evaluate(() => document.documentElement.outerHTML).catch(() => null);
        if (before !== null && page.url() === url && before !== after) changed.push(name);
        if (!summary) unreported.push(name);
        else
          rows.push({
            page: name,
            scanMs: scanMs!,
            mentions: summary.total,
            actors: Object.keys(summary.counts).length,
          });
      }

      rows.sort((a, b) => b.scanMs - a.scanMs);
      const total = rows.reduce((n, r) => n + r.mentions, 0);
      console.log(
        `\ncorpus: ${rows.length} pages scanned, ${total} mentions, median scan ${rows[rows.length >> 1]?.scanMs} ms; slowest:`,
      );
      console.table(rows.slice(0, 10));
      console.log('most mentions:');
      console.table([...rows].sort((a, b) => b.mentions - a.mentions).slice(0, 10));

      expect(errors).toEqual([]);
      expect(changed).toEqual([]);
      expect(unreported).toEqual([]);
    },
  );
});

/**
 * In the page: the main-thread time of Fact Context's first look and scan (their slices until the scan ended, or
 * until the look ended where it found no name), from the User Timing measures a development build records; null
 * while they run.
 */
function scanTime(): number | null {
  const byName = (name: string) => performance.getEntriesByName(`fact-context:${name}`)[0];
  const done = byName('scan') ?? (byName('wake') ? undefined : byName('look'));
  if (!done) return null;
  const end = done.startTime + done.duration;
  const slices = performance.getEntriesByName('fact-context:slice').filter((e) => e.startTime <= end);
  return Math.round(slices.reduce((t, e) => t + e.duration, 0) * 10) / 10;
}
