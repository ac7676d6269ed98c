/**
 * A frame's summary (its counts per actor, behind the toolbar badge and the panel): the first one waits for the
 * starting scan's answers, a live page's later addition is reported as soon as its answer is in, and a page that
 * keeps changing sends at most one summary every REPORT_MS.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, fakePortPair, type FakeBrowser } from '../../fake-browser';
import { findPutinKyiv } from './fake-matcher';
import { installHighlightRegistry } from './highlight-registry';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
  extensionAlive: () => true,
}));
vi.mock('../../../src/shared/share', async () => {
  const { toContentShare } = await import('../../../src/data/content-share');
  const { articleData } = await import('../../../src/data/article-data');
  return { share: toContentShare(articleData) };
});
vi.mock('../../../src/content/content.css', () => ({ default: '' }));

const { onMessages, fromContentScript, fromExtensionPage } = await import('../../../src/shared/messaging');
const { startController } = await import('../../../src/content/controller');
const { defaults } = await import('../../../src/shared/settings');
import type { BackgroundMessages, FrameSummary } from '../../../src/shared/protocol';
import type { Controller } from '../../../src/content/controller';

/** The summaries the background received, with the fake clock's time. */
let summaries: { at: number; summary: FrameSummary }[];
let controller: Controller | undefined;
let stopServing: () => void;

beforeEach(() => {
  vi.stubGlobal('__BROWSER__', 'chrome');
  vi.useFakeTimers();
  installHighlightRegistry();
  document.body.innerHTML = '<main><p>Putin spoke of Kyiv.</p></main>';
  fake.browser = createFakeBrowser();
  summaries = [];
  fake.browser.runtime.connect.mockImplementation(({ name }) => {
    const [client, server] = fakePortPair(name, { id: 'fact-context-test', tab: { id: 1 }, frameId: 0 });
    fake.browser.runtime.onConnect.fire(server);
    return client;
  });
  const none = () => false;
  stopServing = onMessages<BackgroundMessages>(
    {
      'find-mentions': ({ texts }) => findPutinKyiv(texts),
      'frame-summary': (summary) => {
        summaries.push({ at: Date.now(), summary });
        return null;
      },
    },
    {
      'find-mentions': fromContentScript,
      'frame-summary': fromContentScript,
      'get-tab-state': fromExtensionPage,
      'show-in-panel': none,
      'top-site': none,
      sentinel: none,
      'load-card': none,
    },
    { ports: true },
  );
});
afterEach(() => {
  controller?.destroy();
  controller = undefined;
  stopServing();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const REPORT_MS = 250;
const totals = () => summaries.map((s) => s.summary.total);

function append(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.querySelector('main')!.append(p);
}

describe('the frame summary', () => {
  it('waits for the starting scan, then reports a later addition once its answer is in', async () => {
    const started = Date.now();
    controller = startController(defaults, { isOwnUi: () => false, site: 'news.example', keysFound: true });
    await vi.advanceTimersByTimeAsync(REPORT_MS - 1);
    expect(summaries).toEqual([]); // one summary for the whole first scan, not one per answer
    await vi.advanceTimersByTimeAsync(REPORT_MS);
    expect(totals()).toEqual([2]);
    expect(summaries[0]!.at - started).toBeLessThanOrEqual(REPORT_MS + 10);

    await vi.advanceTimersByTimeAsync(2_000);
    append('Putin again.');
    const appended = Date.now();
    await vi.advanceTimersByTimeAsync(100); // the batch (40 ms) and its answer
    expect(totals()).toEqual([2, 3]);
    // No timer of its own: reported in the answer's task, right after the batch.
    expect(summaries[1]!.at - appended).toBeLessThan(REPORT_MS);
  });

  it('sends at most one summary every REPORT_MS while the page keeps adding names', async () => {
    controller = startController(defaults, { isOwnUi: () => false, site: 'news.example', keysFound: true });
    await vi.advanceTimersByTimeAsync(1_000);
    for (let i = 0; i < 20; i++) {
      append(`Kyiv ${i}.`);
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(2_000);
    expect(totals().at(-1)).toBe(22); // every addition counted in the end
    const gaps = summaries.slice(1).map((s, i) => s.at - summaries[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(REPORT_MS);
    expect(summaries.length).toBeLessThan(10); // not one per addition
  });
});
