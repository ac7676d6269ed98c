/**
 * No network: while the extension works on a page (scanning, painting, badge, settings change, hover), it
 * makes no request of its own. Chromium: every request of the browser context, the extension's service worker
 * included, is recorded. Both browsers: the local server sees only the page's own request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { BROWSERS, waitFor, type TestPage } from './harness/browsers';
import { ACTOR_PAGE, badgeOf, highlightCounts, openApiPage, setSettings, tabIdOf } from './harness/extension';
import { useBrowser } from './harness/suite';

describe.each(BROWSERS)('privacy in %s', (name) => {
  const env = useBrowser(name);
  let ext: TestPage;
  beforeAll(async () => {
    ext = await openApiPage(env.session);
  });

  it('makes zero requests while it works on a page', async () => {
    const seen: string[] = [];
    const record = (request: Request) => void seen.push(request.url());
    env.session.raw.chromium?.on('request', record);
    env.server.requests.length = 0;

    const url = env.server.page('/privacy.html', ACTOR_PAGE);
    const page = await env.session.newPage();
    await page.goto(url);
    const tabId = (await waitFor(() => tabIdOf(ext, url), 5_000, 'the tab'))!;
    await waitFor(async () => (await badgeOf(ext, tabId)).text === '5', 10_000, 'the badge');
    await page.mouseMove(60, 30);
    await page.mouseMove(20, 20);
    await setSettings(ext, { highlightStyle: 'underline' });
    await waitFor(async () => (await highlightCounts(page)).people === 2, 5_000, 'repainted');
    await setSettings(ext, { highlightStyle: 'background' });
    await page.evaluate(() => document.body.insertAdjacentText('beforeend', ' Donald Trump.'));
    await waitFor(async () => (await badgeOf(ext, tabId)).text === '6', 10_000, 'the badge after a change');
    await new Promise((r) => setTimeout(r, 1_000));
    env.session.raw.chromium?.off('request', record);

    // The page's own load (and the browser's favicon probe) only.
    expect(env.server.requests.filter((p) => p !== '/favicon.ico')).toEqual(['/privacy.html']);
    if (env.session.raw.chromium) {
      expect(seen).toContain(url); // the recorder works
      const foreign = seen.filter(
        (u) => u !== url && !u.startsWith(env.session.extensionUrl('')) && !u.endsWith('/favicon.ico'),
      );
      expect(foreign).toEqual([]);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('leaves the page nothing to read but the shared highlight registry', async () => {
    const url = env.server.page('/probe.html', ACTOR_PAGE);
    const page = await env.session.newPage();
    await page.goto(url);
    await waitFor(async () => (await highlightCounts(page)).people === 2, 10_000, 'highlights');
    const visible = await page.evaluate(async () => ({
      // No element, attribute or global of ours, no window message, no resource a page could fetch.
      attributes: [...document.querySelectorAll('*')]
        .flatMap((el) => [...el.attributes].map((a) => a.name))
        .filter((n) => /fact|fc-/i.test(n)),
      elements: document.querySelectorAll('fact-context-ui').length,
      globals: Object.keys(window).filter((k) => /fact/i.test(k)),
    }));
    expect(visible).toEqual({ attributes: [], elements: 0, globals: [] });
    await page.close();
  });
});
