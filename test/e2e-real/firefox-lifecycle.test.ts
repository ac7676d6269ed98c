/**
 * Firefox's lifecycle in a real window: the event page, suspended after a short idle time, is woken by a
 * page's scan; and the extension reloaded while a page shows highlights and an open card leaves no stale
 * card and no name painted twice, and the page works again with the new content script (real pointer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness/browsers';
import { ACTOR_PAGE } from '../e2e/harness/extension';
import { startServer, type TestServer } from '../e2e/harness/server';
import { activate, movePointer, startWindowManager, stopWindowManager } from './harness/display';
import { cardBox, center, hostCount, mentionBox, paintedTexts, showsText } from './harness/page-reads';
import { launchFirefox, viewportOrigin, type RealFirefox, type RealPage } from './harness/real-browsers';

/** Firefox suspends an idle event page after this long (30 s by default). */
const IDLE_MS = 1_000;

describe('Firefox lifecycle in a real window', () => {
  let browser: RealFirefox;
  let server: TestServer;
  beforeAll(async () => {
    await startWindowManager();
    server = await startServer();
    browser = await launchFirefox({ 'extensions.background.idle.timeout': IDLE_MS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    stopWindowManager();
  });

  /** Which run of the background script answers (a development-build hook); asking wakes it. */
  const instance = (api: RealPage) =>
    api.evaluate(() =>
      (globalThis as any).browser.runtime
        .sendMessage({ channel: 'fact-context/dev', type: 'instance' })
        .then((r: { value: string }) => r.value),
    ) as Promise<string>;

  /** Hovers the first painted `name` with the real pointer and waits for its card. */
  async function hoverName(page: RealPage, name: string): Promise<void> {
    activate(browser.window);
    const origin = await viewportOrigin(page, movePointer);
    const box = await waitFor(() => mentionBox(page, name), 10_000, `${name} painted`);
    const at = center(box);
    movePointer(origin.x + at.x, origin.y + at.y);
    await waitFor(() => cardBox(page), 5000, `the card of ${name}`);
  }

  it('a page opened while the event page is suspended wakes it with its scan, and is highlighted', async () => {
    // The welcome page opened at install runs the demo, whose port to the event page keeps it awake until the port
    // has been idle for a while (PORT_IDLE_MS): close it, so that only the idle time below decides.
    const api = await browser.extensionPage('options.html');
    await waitFor(
      () =>
        api.evaluate(async () => {
          const ext = (globalThis as any).browser;
          const tabs: { id: number; url?: string }[] = await ext.tabs.query({});
          const welcome = tabs.filter((t) => t.url?.endsWith('/onboarding.html')).map((t) => t.id);
          await ext.tabs.remove(welcome);
          return welcome.length > 0;
        }),
      10_000,
      'the welcome page closed',
    );
    const first = await instance(api);
    await new Promise((r) => setTimeout(r, IDLE_MS * 4));
    const { page } = await browser.newPage(server.page('/wake.html', ACTOR_PAGE));
    await page.front();
    const painted = await waitFor(
      async () => {
        const texts = await paintedTexts(page);
        return texts.length === 5 && texts;
      },
      15_000,
      'the page highlighted by a woken event page',
    );
    expect(painted).toEqual(['Emmanuel Macron', 'Istanbul', 'NATO', 'Paris', 'Vladimir Putin']);
    expect(await instance(api)).not.toBe(first); // suspended meanwhile, and started again by the page
    await page.close();
    await api.close();
  });

  it('reloaded while a page shows a card: no stale card, no name painted twice, and the page works again', async () => {
    const { page } = await browser.newPage(server.url('/fixtures/hover.html'));
    await page.front();
    await hoverName(page, 'Vladimir Putin');
    const before = await paintedTexts(page);
    expect(before.length).toBeGreaterThan(3);
    expect(await hostCount(page)).toBe(1);

    const api = await browser.extensionPage('options.html');
    await api.evaluate(() => void (globalThis as any).browser.runtime.reload()).catch(() => undefined);
    // The reload closes the extension's tab; while Firefox is still swapping tabs, activating one can be refused.
    await waitFor(() => page.front().then(() => true), 5000, 'the page in front again');
    // The old card goes with the old script; the new script paints the same names, once each.
    await waitFor(async () => !(await cardBox(page)), 10_000, 'the old card to go');
    await waitFor(
      async () => JSON.stringify(await paintedTexts(page)) === JSON.stringify(before),
      15_000,
      'the names painted once each by the new script',
    );
    expect(await showsText(page, 'Russian President; warned')).toBe(false);
    // The real pointer opens one card, from the new script.
    movePointer(5, 990);
    await hoverName(page, 'Donald Trump');
    expect(await hostCount(page)).toBe(1);
    expect(await showsText(page, 'Former U.S. President')).toBe(true);
    expect(JSON.stringify(await paintedTexts(page))).toBe(JSON.stringify(before));
    await page.close();
  });
});
