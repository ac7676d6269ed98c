/**
 * Firefox with real input: the commands' keys pressed on a keyboard (xdotool, under Xvfb, with a window
 * manager so that the window takes the focus) walk the mentions and open the real sidebar, which lists the
 * page's actors and follows a tab switch; the real pointer opens the card; the button and its badge sit on
 * the toolbar from install.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness/browsers';
import { ACTOR_PAGE } from '../e2e/harness/extension';
import { screenshotDir, startServer, type TestServer } from '../e2e/harness/server';
import {
  activate,
  clickAt,
  movePointer,
  pressKeys,
  screenshotDisplay,
  startWindowManager,
  stopWindowManager,
} from './harness/display';
import { expectCardOn as expectCardBeside, pressUntilCard } from './harness/card-steps';
import { cardBox, center, focusInCard, mentionBox, nextToLine, showsText } from './harness/page-reads';
import { launchFirefox, viewportOrigin, type RealFirefox, type RealPage } from './harness/real-browsers';
import { manifestKeys, xdotoolCombo } from './harness/shortcuts';

/** The badge's background colour (src/background/badge.ts). */
const BADGE_RGB = [0x3b, 0x5b, 0xdb];

describe('real input in Firefox', () => {
  let browser: RealFirefox;
  let server: TestServer;
  let api: RealPage;
  let keys: Record<string, string>;
  beforeAll(async () => {
    await startWindowManager();
    server = await startServer();
    browser = await launchFirefox();
    api = await browser.extensionPage('options.html');
    keys = manifestKeys('firefox');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    stopWindowManager();
  });

  /** Opens a page in a new front tab with the keyboard focus in it (a real click on its margin). */
  async function openFocused(url: string): Promise<{ page: RealPage; origin: { x: number; y: number } }> {
    const { page } = await browser.newPage(url);
    await page.front();
    activate(browser.window);
    const origin = await viewportOrigin(page, movePointer);
    clickAt(origin.x + 5, origin.y + 5);
    return { page, origin };
  }

  /** The badge text of the tab showing `page`. */
  async function badgeText(page: RealPage): Promise<string> {
    const url = await page.evaluate(() => location.href);
    return api.evaluate(async (u) => {
      const ext = (globalThis as any).browser;
      const tab = ((await ext.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === u);
      return tab ? ((await ext.action.getBadgeText({ tabId: tab.id })) as string) : '';
    }, url);
  }

  /** The text of the open sidebar's panel page, or '' when no sidebar is open. */
  const sidebarText = () =>
    api.evaluate(() => {
      const views = ((globalThis as any).browser.extension.getViews({ type: 'sidebar' }) as Window[]).filter(
        (w) => w.location.pathname === '/panel.html',
      );
      return views.length === 1 ? views[0]!.document.body.innerText : '';
    });

  it('gives every command the key the manifest suggests', async () => {
    const commands = (await api.evaluate(() => (globalThis as any).browser.commands.getAll())) as {
      name: string;
      shortcut: string;
    }[];
    const assigned = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(assigned).toEqual(keys);
    for (const shortcut of Object.values(assigned)) expect(shortcut).not.toBe('');
  });

  it('shows the button with its badge on the toolbar from install', async () => {
    const { page } = await openFocused(server.page('/real-badge.html', ACTOR_PAGE));
    await waitFor(async () => (await badgeText(page)) === '5', 10_000, 'the badge');
    await new Promise((r) => setTimeout(r, 300)); // the toolbar repaints
    const shot = screenshotDisplay(join(screenshotDir(), 'firefox-toolbar.png'));
    const origin = await viewportOrigin(page, movePointer);
    // Badge-coloured pixels in the browser's toolbars, above the page.
    let badge = 0;
    for (let y = 0; y < origin.y; y++) {
      for (let x = 0; x < shot.width; x++) {
        const i = (y * shot.width + x) * 4;
        if (BADGE_RGB.every((c, k) => Math.abs(shot.data[i + k]! - c) < 12)) badge++;
      }
    }
    expect(badge).toBeGreaterThan(40);
    await page.close();
  });

  it('walks the mentions with the real keys: the card opens on the next and previous mention with focus inside; Escape closes it', async () => {
    const { page } = await openFocused(server.url('/fixtures/hover-steps.html'));
    await waitFor(() => badgeText(page), 10_000, 'the page scanned');
    const press = (combo: string, description: string) => pressUntilCard(page, combo, description);
    const expectCardOn = (id: string, name: string) => expectCardBeside(page, id, name);
    const focusReachesCard = () => waitFor(() => focusInCard(page), 3000, 'focus in the card');
    const next = xdotoolCombo(keys['next-mention']!);
    const previous = xdotoolCombo(keys['previous-mention']!);

    // Focus is checked before the text: Firefox's find-in-page moves the focus to the page.
    pressKeys(next);
    await focusReachesCard();
    await press(next, 'Macron'); // (the second press, once the first card is open: see below)
    await expectCardOn('second', 'Emmanuel Macron');
    pressKeys(previous);
    await focusReachesCard();
    await waitFor(() => showsText(page, 'Russian Foreign Minister'), 5000, 'Lavrov’s card');
    await expectCardOn('first', 'Sergei Lavrov');
    expect(await showsText(page, 'French President')).toBe(false); // one card at a time

    // Escape closes the card (focus back in it first: find-in-page took it).
    await press(next, 'French President');
    pressKeys(previous);
    await focusReachesCard();
    pressKeys('Escape');
    await waitFor(async () => !(await cardBox(page)), 3000, 'the card to close on Escape');
    expect(await focusInCard(page)).toBe(false);
    await page.close();
  });

  it('opens the real sidebar with the real key; it lists the page’s actors and follows a tab switch', async () => {
    const first = await openFocused(server.page('/real-sidebar.html', ACTOR_PAGE));
    await waitFor(async () => (await badgeText(first.page)) === '5', 10_000, 'the first page scanned');
    expect(await sidebarText()).toBe('');
    pressKeys(xdotoolCombo(keys._execute_sidebar_action!));
    const text = await waitFor(
      async () => {
        const t = await sidebarText();
        return /Vladimir Putin/.test(t) && /Emmanuel Macron/.test(t) && /NATO/.test(t) && t;
      },
      10_000,
      'the sidebar listing the page’s actors',
    );
    expect(text).not.toMatch(/Donald Trump/);
    expect(await api.evaluate(() => (globalThis as any).browser.sidebarAction.isOpen({}) as Promise<boolean>)).toBe(
      true,
    );

    // A second tab with other actors: the sidebar follows it…
    const second = await openFocused(server.url('/fixtures/hover.html'));
    await waitFor(
      async () => {
        const t = await sidebarText();
        return /Donald Trump/.test(t) && !/Emmanuel Macron/.test(t);
      },
      10_000,
      'the sidebar on the second tab',
    );
    // …and back to the first with the browser's own key for the previous tab.
    pressKeys('ctrl+Prior');
    await waitFor(
      async () => {
        const t = await sidebarText();
        return /Emmanuel Macron/.test(t) && !/Donald Trump/.test(t);
      },
      10_000,
      'the sidebar back on the first tab',
    );
    // The same key closes it again.
    activate(browser.window);
    pressKeys(xdotoolCombo(keys._execute_sidebar_action!));
    await waitFor(async () => (await sidebarText()) === '', 5000, 'the sidebar to close');
    await second.page.close();
    await first.page.close();
  });

  it('opens the card under the real pointer, and closes it when the pointer leaves', async () => {
    const { page, origin } = await openFocused(server.url('/fixtures/hover.html'));
    const name = await waitFor(() => mentionBox(page, 'Vladimir Putin'), 10_000, 'Putin painted');
    const at = center(name);
    const t0 = Date.now();
    movePointer(origin.x + at.x, origin.y + at.y);
    const card = await waitFor(() => cardBox(page), 5000, 'the card under the pointer');
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(nextToLine(card, name), JSON.stringify({ card, name })).toBe(true);
    expect(await showsText(page, 'Russian President; warned that foreign troops')).toBe(true);
    const bottom = await page.evaluate(() => innerHeight - 20);
    movePointer(origin.x + 20, origin.y + bottom);
    await waitFor(async () => !(await cardBox(page)), 3000, 'the card to close');
    await page.close();
  });
});
