/**
 * The browser's lifecycle: the onboarding page opens on install; a stopped Chromium service worker or a
 * suspended Firefox event page loses nothing (per-tab state lives in storage.session); content scripts
 * orphaned by a reload tear down.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, waitFor, type TestPage } from './harness/browsers';
import { ACTOR_PAGE, badgeOf, highlightCounts, openApiPage, tabIdOf, tabStateOf } from './harness/extension';
import { stopServiceWorkers } from './harness/lifecycle';
import { useBrowser } from './harness/suite';

/** Firefox suspends an idle event page after this long (30 s by default); short here, so that a test can wait for it. */
const FIREFOX_IDLE_MS = 1_000;

describe.each(BROWSERS)('lifecycle in %s', (name) => {
  const env = useBrowser(name, { firefoxPrefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS } });
  let ext: TestPage;
  beforeAll(async () => {
    ext = await openApiPage(env.session);
  });

  it('opens the onboarding page on install, with the live demo highlighted and the site-access status', async () => {
    // The onboarding tab, reached through `extension.getViews` (puppeteer's BiDi pages show extension tabs
    // as about:blank), from another page of the extension.
    const state = await waitFor(
      () =>
        ext.evaluate(() => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const view = (api.extension.getViews({ type: 'tab' }) as Window[]).find(
            (w) => w.location.pathname === '/onboarding.html',
          ) as (Window & typeof globalThis) | undefined;
          if (!view) return false;
          const size = (n: string) => view.CSS.highlights.get(n)?.size ?? 0;
          const painted = ['people', 'organisations', 'places'].map((g) => size(`fact-context-background-${g}`));
          const status = view.document.querySelector('[data-testid=site-access]')?.getAttribute('data-status');
          return (
            painted.every((n) => n > 0) &&
            status !== 'checking' && { painted, status, title: view.document.querySelector('h1')?.textContent }
          );
        }),
      15_000,
      'the onboarding demo',
    );
    expect(state.title).toBe('Welcome to Fact Context');
    // Both browsers grant host access to an add-on installed for testing; Firefox readers may revoke it.
    expect(state.status).toBe('granted');
  });

  it.runIf(name === 'chromium')(
    'keeps the badge and the panel’s state when the service worker is stopped, and still matches pages',
    async () => {
      const url = env.server.page('/sw.html', ACTOR_PAGE);
      const page = await env.session.newPage();
      await page.goto(url);
      const tabId = (await waitFor(() => tabIdOf(ext, url), 5_000, 'the tab'))!;
      await waitFor(async () => (await badgeOf(ext, tabId)).text === '5', 10_000, 'the badge');

      await stopServiceWorkers(env.session.raw.chromium!, env.session.extensionUrl(''));

      // The panel asks for the tab's state: the message wakes a fresh worker, which reads storage.session.
      const answer = await tabStateOf(ext, tabId);
      expect(answer.ok).toBe(true);
      expect(Object.keys(answer.value.frames['0'].counts).sort()).toEqual([
        'istanbul',
        'macron',
        'nato',
        'paris',
        'putin',
      ]);
      expect((await badgeOf(ext, tabId)).text).toBe('5');

      // The page keeps working: new mentions reach the new worker and update the badge.
      await page.evaluate(() => document.body.insertAdjacentText('beforeend', ' Donald Trump called Sergei Lavrov.'));
      await waitFor(async () => (await badgeOf(ext, tabId)).text === '7', 10_000, 'the badge after the restart');
      // And so do settings.
      await ext.evaluate(() =>
        (globalThis as any).chrome.storage.sync.set({ groups: { people: true, organisations: true, places: false } }),
      );
      await waitFor(async () => (await highlightCounts(page)).places === 0, 5_000, 'places off after the restart');
      await ext.evaluate(() => (globalThis as any).chrome.storage.sync.clear());
      await page.close();

      // Matching runs in the worker: a page opened while it is stopped wakes it with its text, and is highlighted.
      await stopServiceWorkers(env.session.raw.chromium!, env.session.extensionUrl(''));
      const fresh = await env.session.newPage();
      await fresh.goto(env.server.page('/sw-fresh.html', ACTOR_PAGE));
      await waitFor(
        async () => (await highlightCounts(fresh)).people === 2,
        10_000,
        'highlights matched by a woken worker',
      );
      await fresh.close();
    },
  );

  it.runIf(name === 'firefox')(
    'keeps the badge and the panel’s state when Firefox suspends its event page, and still matches pages',
    async () => {
      /** Which run of the background script answers (a dev-build hook): a new one after a suspension. */
      const instance = () =>
        ext.evaluate(() =>
          (globalThis as any).browser.runtime
            .sendMessage({ channel: 'fact-context/dev', type: 'instance' })
            .then((r: { value: string }) => r.value),
        );
      const idle = () => new Promise((r) => setTimeout(r, FIREFOX_IDLE_MS * 4));
      const url = env.server.page('/suspend.html', ACTOR_PAGE);
      const page = await env.session.newPage();
      await page.goto(url);
      const tabId = (await waitFor(() => tabIdOf(ext, url), 5_000, 'the tab'))!;
      await waitFor(async () => (await badgeOf(ext, tabId)).text === '5', 10_000, 'the badge');
      const first = await instance();

      await idle();
      // The page keeps working: its new text wakes the background, which matches it and updates the badge.
      await page.evaluate(() => document.body.insertAdjacentText('beforeend', ' Donald Trump called Sergei Lavrov.'));
      await waitFor(async () => (await badgeOf(ext, tabId)).text === '7', 10_000, 'the badge after the restart');
      await waitFor(async () => (await highlightCounts(page)).people === 4, 5_000, 'the new names highlighted');
      const second = await instance();
      expect(second).not.toBe(first); // the event page was suspended and started again meanwhile

      // The panel asks for the tab's state from a background started again: it reads storage.session.
      await idle();
      const answer = await tabStateOf(ext, tabId);
      expect(answer.ok).toBe(true);
      expect(Object.keys(answer.value.frames['0'].counts).sort()).toEqual([
        'istanbul',
        'lavrov',
        'macron',
        'nato',
        'paris',
        'putin',
        'trump',
      ]);
      expect(await instance()).not.toBe(second);
      await page.close();

      // A page opened while the event page is suspended wakes it with its text, and is highlighted.
      await idle();
      const fresh = await env.session.newPage();
      await fresh.goto(env.server.page('/suspend-fresh.html', ACTOR_PAGE));
      await waitFor(
        async () => (await highlightCounts(fresh)).people === 2,
        10_000,
        'highlights matched by a woken event page',
      );
      expect(fresh.errors).toEqual([]);
      await fresh.close();
    },
  );

  it.runIf(name === 'chromium')(
    'an orphaned content script removes its highlights after the extension reloads',
    async () => {
      const url = env.server.page('/orphan.html', ACTOR_PAGE);
      const page = await env.session.newPage();
      await page.goto(url);
      await waitFor(async () => (await highlightCounts(page)).people === 2, 10_000, 'highlights');
      await ext.evaluate(() => void (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
      // The old script notices the dead runtime on its next report, triggered here by a page change.
      await new Promise((r) => setTimeout(r, 1_000));
      await page.evaluate(() => document.body.insertAdjacentText('beforeend', ' Emmanuel Macron again.'));
      await waitFor(
        async () => Object.values(await highlightCounts(page)).every((n) => n === 0),
        10_000,
        'the orphan to tear down',
      );
      await page.close();
    },
  );
});
