/** The foundation: the built extension loads in both browsers, its content script runs, the background answers, the panel talks to it. */
import { describe, expect, it } from 'vitest';
import { BROWSERS, waitFor } from './harness/browsers';
import { tabIdOf } from './harness/extension';
import { useBrowser } from './harness/suite';

const PLAIN = '<!doctype html><title>Foundation</title><p>Hello from a plain page.</p>';

describe.each(BROWSERS)('foundation in %s', (name) => {
  const env = useBrowser(name);

  it('runs the content script, which reports to the background', async () => {
    const url = env.server.page('/foundation.html', PLAIN);
    const page = await env.session.newPage();
    await page.goto(url);
    const panel = await env.session.openExtensionPage('panel.html');
    const tabId = await waitFor(() => tabIdOf(panel, url), 10_000, 'the tab');
    const state = await waitFor(
      () =>
        panel.evaluate(async (key) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return (await api.storage.session.get(key))[key] as any;
        }, `tab:${tabId}`),
      10_000,
      'the frame summary in storage.session',
    );
    expect(state.frames['0']).toEqual({ counts: {}, total: 0, capped: false });
    await panel.close();
    await page.close();
  });

  it('opens the panel page, which shows what the background knows of the page', async () => {
    const url = env.server.page('/foundation-panel.html', PLAIN);
    const page = await env.session.newPage();
    await page.goto(url);
    const probe = await env.session.openExtensionPage('options.html');
    const tabId = await waitFor(() => tabIdOf(probe, url), 10_000, 'the tab');
    await probe.close();
    const panel = await env.session.openExtensionPage(`panel.html?tab=${tabId}`);
    const note = await waitFor(
      () => panel.evaluate(() => document.querySelector('[role=note]')?.textContent),
      10_000,
      'the panel’s note on the page',
    );
    expect(note).toMatch(/No actor of the article is mentioned on this page/);
    expect(await panel.evaluate(() => document.querySelector('.page-title')?.textContent)).toBe('Page: Foundation');
    expect(panel.errors).toEqual([]);
    await panel.close();
    await page.close();
  });
});
