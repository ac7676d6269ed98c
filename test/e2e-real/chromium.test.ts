/**
 * Chromium with real input: the keys the extension's commands got, pressed on a keyboard (xdotool, under
 * Xvfb), walk the page's mentions and open the side panel; the real pointer opens the card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness/browsers';
import { ACTOR_PAGE } from '../e2e/harness/extension';
import { startServer, type TestServer } from '../e2e/harness/server';
import { activate, clickAt, movePointer, pressKeys, startWindowManager, stopWindowManager } from './harness/display';
import {
  cardBox,
  center,
  focusedTag,
  mentionBox,
  nextToLine,
  scrollSettled,
  showsText,
  textBox,
} from './harness/page-reads';
import { launchChromium, viewportOrigin, type RealChromium, type RealPage } from './harness/real-browsers';
import { manifestKeys, xdotoolCombo } from './harness/shortcuts';

describe('real input in Chromium', () => {
  let browser: RealChromium;
  let server: TestServer;
  let keys: Record<string, string>;
  beforeAll(async () => {
    await startWindowManager();
    server = await startServer();
    browser = await launchChromium();
    keys = manifestKeys('chrome');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    stopWindowManager();
  });

  /** The badge text of the tab showing `page`. */
  async function badgeText(page: RealPage): Promise<string> {
    const url = await page.evaluate(() => location.href);
    return browser.inWorker(async (u) => {
      const api = (globalThis as any).chrome;
      const tab = ((await api.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === u);
      return tab ? ((await api.action.getBadgeText({ tabId: tab.id })) as string) : '';
    }, url);
  }

  /** Opens a page in the front tab with the keyboard focus in it (a real click on its margin). */
  async function openFocused(url: string): Promise<RealPage> {
    const { page } = await browser.newPage(url);
    await page.front();
    activate(browser.window);
    const origin = await viewportOrigin(page, movePointer);
    clickAt(origin.x + 5, origin.y + 5);
    return page;
  }

  it('gives every command the key the manifest suggests', async () => {
    const commands = await browser.inWorker(
      () => (globalThis as any).chrome.commands.getAll() as Promise<{ name: string; shortcut: string }[]>,
    );
    const assigned = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(assigned).toEqual(keys);
    for (const shortcut of Object.values(assigned)) expect(shortcut).not.toBe('');
  });

  it('walks the mentions with the real keys: the card opens on the next and previous mention with focus inside; Escape closes it', async () => {
    const page = await openFocused(server.url('/fixtures/hover-steps.html'));
    const next = xdotoolCombo(keys['next-mention']!);
    const previous = xdotoolCombo(keys['previous-mention']!);
    // The page is scanned once the badge counts its two actors: from then on one press is one step.
    await waitFor(() => badgeText(page), 10_000, 'the page scanned');
    const pressUntilCard = async (combo: string, description: string) => {
      pressKeys(combo);
      await waitFor(() => showsText(page, description), 5000, `the card showing “${description}”`);
    };
    const expectCardOn = async (id: string, name: string) => {
      await scrollSettled(page);
      const line = await textBox(page, id, name);
      const viewport = await page.evaluate(() => innerHeight);
      expect(line.top).toBeGreaterThanOrEqual(0);
      expect(line.bottom).toBeLessThanOrEqual(viewport);
      const card = await waitFor(() => cardBox(page), 5000, `the card next to ${name}`);
      expect(nextToLine(card, line), JSON.stringify({ card, line })).toBe(true);
      expect(await focusedTag(page)).toBe('fact-context-ui');
    };

    await pressUntilCard(next, 'Russian Foreign Minister');
    await expectCardOn('first', 'Sergei Lavrov');
    const atFirst = await page.evaluate(() => scrollY);
    expect(atFirst).toBeGreaterThan(1000);

    await pressUntilCard(next, 'French President');
    await expectCardOn('second', 'Emmanuel Macron');
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(atFirst + 1000);

    await pressUntilCard(previous, 'Russian Foreign Minister');
    await expectCardOn('first', 'Sergei Lavrov');
    expect(await showsText(page, 'French President')).toBe(false); // one card at a time

    pressKeys('Escape');
    await waitFor(async () => !(await cardBox(page)), 3000, 'the card to close on Escape');
    expect(await focusedTag(page)).not.toBe('fact-context-ui');
    await page.close();
  });

  it('opens the side panel with the real key, listing the page’s actors', async () => {
    const api = (await browser.newPage(`chrome-extension://${browser.extensionId}/options.html`)).page;
    const page = await openFocused(server.page('/real-actors.html', ACTOR_PAGE));
    await waitFor(() => mentionBox(page, 'Vladimir Putin'), 10_000, 'the page painted');
    expect(
      await browser.inWorker(
        () => (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }) as Promise<unknown[]>,
      ),
    ).toEqual([]);
    pressKeys(xdotoolCombo(keys._execute_action!));
    await waitFor(
      async () =>
        (
          await browser.inWorker(
            () =>
              (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }) as Promise<unknown[]>,
          )
        ).length === 1,
      5000,
      'the side panel to open',
    );
    const text = await waitFor(
      () =>
        api.evaluate(() => {
          const views = ((globalThis as any).chrome.extension.getViews() as Window[]).filter(
            (w) => w.location.pathname === '/panel.html',
          );
          const t = views.length === 1 ? views[0]!.document.body.innerText : '';
          return /Vladimir Putin/.test(t) && /Emmanuel Macron/.test(t) && /NATO/.test(t) && t;
        }),
      10_000,
      'the side panel listing the page’s actors',
    );
    expect(text).toMatch(/Istanbul/);
    expect(text).not.toMatch(/Donald Trump/); // an actor of the article the page does not mention
    await page.close();
    await api.close();
  });

  it('opens the card under the real pointer, and closes it when the pointer leaves', async () => {
    const page = await openFocused(server.url('/fixtures/hover.html'));
    const origin = await viewportOrigin(page, movePointer);
    const name = await waitFor(() => mentionBox(page, 'Vladimir Putin'), 10_000, 'Putin painted');
    const at = center(name);
    const t0 = Date.now();
    movePointer(origin.x + at.x, origin.y + at.y);
    const card = await waitFor(() => cardBox(page), 5000, 'the card under the pointer');
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(nextToLine(card, name), JSON.stringify({ card, name })).toBe(true);
    expect(await showsText(page, 'Russian President; warned that foreign troops')).toBe(true);
    // Down to the empty bottom of the page, away from the name and the card.
    const bottom = await page.evaluate(() => innerHeight - 20);
    movePointer(origin.x + 20, origin.y + bottom);
    await waitFor(async () => !(await cardBox(page)), 3000, 'the card to close');
    await page.close();
  });
});
