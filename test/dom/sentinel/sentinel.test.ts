/**
 * The sentinel: a page that names nobody gets nothing of ours but the look (no highlight, no host element, no
 * stylesheet) and the top frame's one report; text that may name an actor, at load or added later (in the light
 * DOM or in a shadow root), makes it ask the background for the content script, once. Where Fact Context is off,
 * it asks again when the settings change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../../fake-browser';

(globalThis as Record<string, unknown>).__DEV__ = false;

let fake: FakeBrowser;
/** The sentinel's reports, as the background receives them. */
let reports: unknown[];
/** What the background answers to a report with `keys: true`. */
let started: boolean;

async function loadSentinel(html: string): Promise<void> {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('fact-context.sentinel')];
  await import('../../../src/sentinel/index');
}

const keysReports = () => reports.filter((r) => (r as { data: { keys: boolean } }).data.keys);
const settle = () => vi.waitFor(() => expect(reports.length).toBeGreaterThan(0));
const idle = () => new Promise((r) => setTimeout(r, 120));

beforeEach(() => {
  fake = createFakeBrowser();
  // Each test's sentinel reports to its own list (an earlier test's sentinel still watches the shared document).
  const sink: unknown[] = (reports = []);
  started = true;
  fake.runtime.sendMessage.mockImplementation(async (message: { data: { keys: boolean } }) => {
    sink.push(message);
    return { ok: true, value: { started: message.data.keys && started } };
  });
  (globalThis as Record<string, unknown>).browser = fake;
  // happy-dom has no Custom Highlight API; the sentinel only checks that it exists.
  vi.stubGlobal('CSS', { highlights: new Map() });
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).browser;
  vi.unstubAllGlobals();
});

describe('the sentinel', () => {
  it('on a page that names nobody, reports once from the top frame and adds nothing to the page', async () => {
    await loadSentinel('<main><h1>Weather</h1><p>Rain is expected on Tuesday across the region.</p></main>');
    await settle();
    await idle();
    expect(reports).toEqual([{ channel: 'fact-context/v1', type: 'sentinel', data: { keys: false } }]);
    expect(document.documentElement.outerHTML).not.toMatch(/fact-context|<style|<link/i);
    expect(document.adoptedStyleSheets.length).toBe(0);
  });

  it('asks for the content script when the page names an actor, once', async () => {
    await loadSentinel('<p>Rain on Tuesday.</p><p>Russian President <b>Vladimir Putin</b> warned on Friday.</p>');
    await settle();
    await idle();
    expect(reports).toEqual([{ channel: 'fact-context/v1', type: 'sentinel', data: { keys: true } }]);
  });

  it('keeps watching a page that named nobody: a name the page adds later, or writes into a text, wakes it', async () => {
    await loadSentinel('<div id="feed"><p>Rain on Tuesday.</p></div><p id="clock">10:00</p>');
    await settle();
    document.getElementById('clock')!.firstChild!.textContent = '10:01';
    await idle();
    expect(keysReports()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Later, the Kremlin said talks would go on.';
    document.getElementById('feed')!.append(p);
    await vi.waitFor(() => expect(keysReports()).toHaveLength(1));

    await loadSentinel('<p id="ticker">Markets are calm.</p>');
    await settle();
    (document.getElementById('ticker')!.firstChild as Text).data = 'Zelenskyy meets European leaders.';
    await vi.waitFor(() => expect(keysReports()).toHaveLength(1));
  });

  it('looks into the open shadow roots of custom elements, and at text added inside them later', async () => {
    document.body.innerHTML = '';
    const host = document.createElement('news-card');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Nothing yet.</p>';
    await loadSentinel('<p>Rain on Tuesday.</p>');
    document.body.append(host);
    await idle();
    const p = document.createElement('p');
    p.textContent = 'Emmanuel Macron spoke in Paris.';
    shadow.append(p);
    await vi.waitFor(() => expect(keysReports()).toHaveLength(1));
  });

  it('where Fact Context is off for the site, asks again once the settings change', async () => {
    started = false;
    await loadSentinel('<p>Donald Trump said so.</p>');
    await vi.waitFor(() => expect(keysReports()).toHaveLength(1));
    await idle();
    expect(keysReports()).toHaveLength(1);
    started = true;
    await fake.storage.sync.set({ pausedSites: [] });
    await vi.waitFor(() => expect(keysReports()).toHaveLength(2));
    await fake.storage.sync.set({ enabled: true });
    await idle();
    expect(keysReports()).toHaveLength(2); // the content script runs now and follows the settings itself
  });

  it('stays idle, and throws nothing, once the extension is gone', async () => {
    fake.runtime.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    window.addEventListener('error', onError);
    await loadSentinel('<p>Vladimir Putin</p>');
    await idle();
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(fake.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
