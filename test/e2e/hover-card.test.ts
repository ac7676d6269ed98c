/**
 * The hover card in real browsers: pointer over a name opens the card for that actor, it stays open while
 * the pointer is on the name or the card, closes after the grace delay or on Escape, the keyboard command
 * walks mentions with focus in the card, hostile page CSS leaves it intact, and "Show in panel" opens the
 * real side panel on the actor (Firefox: shows the actor in a sidebar that is open, or says how to open it).
 *
 * The card lives in a closed shadow root, so the page (and a test acting as the page) cannot query into
 * it. The tests assert what a reader sees:
 * - where the card is: `document.elementFromPoint` over a grid of the viewport returns our host element
 *   (a `<div>` child of the root) exactly where the card is painted and hit-testable — that is the card's box;
 * - what it says: `window.find(text)` searches the rendered text of the page, shadow trees included, like
 *   the reader's find-in-page; the texts searched for appear only in the card, never on the fixture page;
 * - where focus is: `document.activeElement` is retargeted to the host while focus is inside the card;
 * - and screenshots, looked at by a person, committed under assets/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitFor, type Session, type TestPage } from './harness/browsers';
import { openApiPage, tabIdOf } from './harness/extension';
import { cardBox, type Box } from './harness/page-attacks';
import { screenshotDir, startServer, type TestServer } from './harness/server';

const SHOTS = screenshotDir();
const GRACE_MS = 300;

/** The client rects of the painted mention whose text ends with `text` (the `n`-th such mention). */
function mentionRects(page: TestPage, text: string, n = 0): Promise<Box[] | null> {
  return page.evaluate(
    ({ text, n }) => {
      const found: Box[][] = [];
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('fact-context-') || name === 'fact-context-flash' || name === 'fact-context-active')
          return;
        h.forEach((range) => {
          const r = document.createRange();
          r.setStart(range.startContainer, range.startOffset);
          r.setEnd(range.endContainer, range.endOffset);
          if (r.toString().replace(/\s+/g, ' ').endsWith(text)) {
            found.push(
              [...r.getClientRects()].map((c) => ({ left: c.left, top: c.top, right: c.right, bottom: c.bottom })),
            );
          }
        });
      });
      // Page order: by top, then left.
      found.sort((a, b) => a[0]!.top - b[0]!.top || a[0]!.left - b[0]!.left);
      return found[n] ?? null;
    },
    { text, n },
  );
}

/** The box of `text` inside the element with this id, from the page's own DOM (painted or not). */
function textRect(page: TestPage, id: string, text: string): Promise<Box> {
  return page.evaluate(
    ({ id, text }) => {
      const node = document.getElementById(id)!.firstChild as Text;
      const r = document.createRange();
      r.setStart(node, node.data.indexOf(text));
      r.setEnd(node, node.data.indexOf(text) + text.length);
      const c = r.getClientRects()[0]!;
      return { left: c.left, top: c.top, right: c.right, bottom: c.bottom };
    },
    { id, text },
  );
}

/** True when the page's rendered text (shadow trees included, as find-in-page sees it) contains `text`. */
function showsText(page: TestPage, text: string): Promise<boolean> {
  return page.evaluate((t) => {
    getSelection()?.removeAllRanges();
    const found = (window as unknown as { find(s: string, cs: boolean, back: boolean, wrap: boolean): boolean }).find(
      t,
      false,
      false,
      true,
    );
    getSelection()?.removeAllRanges();
    return found;
  }, text);
}

/** Nothing reached the page's console: no error of ours, none the page raised because of us (each listed once). */
function expectCleanConsole(page: TestPage): void {
  expect([...new Set(page.errors)].join('\n')).toBe('');
}

/**
 * The text of the extension's one open panel page (Chrome's side panel; Firefox: of that type of view) once it
 * shows `actor` for the hover fixture, else false.
 */
function panelOn(api: TestPage, actor: string, type?: 'sidebar'): Promise<string | false> {
  return api.evaluate(
    ({ actor, type }) => {
      const ext = (globalThis as any).browser ?? (globalThis as any).chrome;
      const views = (ext.extension.getViews(type ? { type } : {}) as Window[]).filter(
        (w) => w.location.pathname === '/panel.html',
      );
      const text = views.length === 1 ? (views[0]!.document.body?.innerText ?? '') : '';
      return text.includes('Page: Hover fixture') && new RegExp(`← Back\\s+${actor}\\s`).test(text) && text;
    },
    { actor, type },
  );
}

const center = (r: Box) => ({ x: Math.round((r.left + r.right) / 2), y: Math.round((r.top + r.bottom) / 2) });
const overlapsHorizontally = (a: Box, b: Box) => a.left < b.right && b.left < a.right;
/** The card sits right below (or, flipped, right above) the line of the name. */
const nextToLine = (card: Box, line: Box) =>
  overlapsHorizontally(card, line) && (Math.abs(card.top - line.bottom) < 24 || Math.abs(line.top - card.bottom) < 24);

describe.each(BROWSERS)('hover card in %s', (name) => {
  let session: Session;
  let server: TestServer;
  let api: TestPage;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    session = await launch(name);
    api = await openApiPage(session);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Opens a fixture page, brings it to the front and waits for the name to be painted. */
  async function openPage(path: string, name = 'Vladimir Putin'): Promise<{ page: TestPage; rects: Box[] }> {
    const page = await session.newPage();
    await page.goto(server.url(path));
    await page.front();
    const rects = await waitFor(() => mentionRects(page, name), 10_000, `${name} painted`);
    return { page, rects };
  }

  /** Moves the pointer onto a name and waits for the card; returns the card's box and how long it took. */
  async function hoverOpen(page: TestPage, line: Box): Promise<{ card: Box; ms: number }> {
    const { x, y } = center(line);
    // When the card's host joined the page, by the page's clock (the test's polling, slow on a loaded machine, is
    // not the reader's wait). A host made earlier is not seen again: then the poll's time counts.
    await page.evaluate(() => {
      const w = window as unknown as { cardAt?: number };
      w.cardAt = 0;
      new MutationObserver((_, observer) => {
        if (!document.querySelector(':root > div')) return;
        w.cardAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }).observe(document.documentElement, { childList: true });
    });
    const t0 = Date.now();
    await page.mouseMove(x, y);
    const card = await waitFor(() => cardBox(page), 5000, 'the card to open');
    const at = await page.evaluate(() => (window as unknown as { cardAt?: number }).cardAt);
    return { card, ms: (at || Date.now()) - t0 };
  }

  it('opens the card for the actor under the pointer within a second, next to the name', async () => {
    const { page, rects } = await openPage('/fixtures/hover.html');
    expect(await cardBox(page)).toBeNull();
    const line = rects[0]!;
    const { card, ms } = await hoverOpen(page, line);
    expect(ms).toBeLessThan(1000);
    expect(ms).toBeGreaterThanOrEqual(250); // the dwell: a pointer passing over a name opens nothing
    expect(nextToLine(card, line), JSON.stringify({ card, line })).toBe(true);
    expect(card.right - card.left).toBeGreaterThan(150);
    expect(card.bottom - card.top).toBeGreaterThan(80);
    // The card of that actor: the article's description and quote of Putin, which the page does not contain.
    expect(await showsText(page, 'Russian President; warned that foreign troops')).toBe(true);
    expect(await showsText(page, 'via Associated Press and The Wall Street Journal')).toBe(true);
    expect(await showsText(page, 'has played an active role in trying to broker')).toBe(false);
    if (name === 'chromium') await page.screenshot(join(SHOTS, 'hover-card.png'));
    expectCleanConsole(page);
    await page.close();
  });

  it('switches to another name’s card after the dwell', async () => {
    const { page, rects } = await openPage('/fixtures/hover.html');
    const putin = rects[0]!;
    const trump = (await mentionRects(page, 'Donald Trump'))![0]!;
    await hoverOpen(page, trump);
    expect(await showsText(page, 'has played an active role in trying to broker')).toBe(true);
    // Straight up to the line above (the card opens below Trump's line, so it does not cover Putin's).
    await page.mouseMove(center(putin).x, center(putin).y);
    const next = await waitFor(
      async () => (await showsText(page, 'Russian President; warned')) && cardBox(page),
      3000,
      'Putin’s card',
    );
    expect(nextToLine(next, putin), JSON.stringify({ next, putin })).toBe(true);
    expect(await showsText(page, 'has played an active role in trying to broker')).toBe(false); // one card at a time
    await page.close();
  });

  it('stays open while the pointer moves from the name onto the card, and closes after the grace delay when it leaves both', async () => {
    const { page, rects } = await openPage('/fixtures/hover.html');
    const line = rects[0]!;
    const { card } = await hoverOpen(page, line);
    // From the name down into the card, through the gap between them, in small steps like a hand.
    const from = center(line);
    const to = {
      x: Math.round(Math.max(card.left + 20, Math.min(from.x, card.right - 20))),
      y: Math.round((card.top + card.bottom) / 2),
    };
    for (let i = 1; i <= 8; i++) {
      await page.mouseMove(
        Math.round(from.x + ((to.x - from.x) * i) / 8),
        Math.round(from.y + ((to.y - from.y) * i) / 8),
      );
      await new Promise((r) => setTimeout(r, 30));
    }
    await new Promise((r) => setTimeout(r, GRACE_MS * 3));
    expect(await cardBox(page)).not.toBeNull();
    // Moving within the card keeps it open too.
    await page.mouseMove(to.x + 10, card.top + 10);
    await new Promise((r) => setTimeout(r, GRACE_MS * 2));
    expect(await cardBox(page)).not.toBeNull();

    // Off both, to a line with no name: it stays for the grace delay, then closes.
    const plain = await page.evaluate(() => {
      const r = document.getElementById('plain')!.getBoundingClientRect();
      return { x: Math.round(r.right - 10), y: Math.round(r.bottom - 6) };
    });
    const away = card.bottom < plain.y - 10 ? plain : { x: 1190, y: 790 };
    const t0 = Date.now();
    await page.mouseMove(away.x, away.y);
    expect(await cardBox(page)).not.toBeNull(); // not at once
    await waitFor(async () => !(await cardBox(page)), 3000, 'the card to close');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(GRACE_MS - 20);
    await page.close();
  });

  it('closes on Escape', async () => {
    const { page, rects } = await openPage('/fixtures/hover.html');
    await hoverOpen(page, rects[0]!);
    await page.press('Escape');
    expect(await waitFor(async () => !(await cardBox(page)), 1000, 'the card to close on Escape')).toBe(true);
    // The pointer is still on the name: Escape is not undone by the next tiny move.
    await page.mouseMove(center(rects[0]!).x + 1, center(rects[0]!).y);
    await new Promise((r) => setTimeout(r, 150));
    await page.close();
  });

  it('walks mentions with the keyboard command: scrolls to the next, opens its card with focus inside', async () => {
    const page = await session.newPage();
    const url = server.url('/fixtures/hover-steps.html');
    await page.goto(url);
    await page.front();
    const tabId = await waitFor(() => tabIdOf(api, url), 5000, 'the tab id');
    /** What the background sends on the `next-mention`/`previous-mention` commands. */
    const step = (direction: 1 | -1) =>
      api.evaluate(
        async ({ tabId, direction }) => {
          const ext = (globalThis as any).browser ?? (globalThis as any).chrome;
          return JSON.stringify(
            await ext.tabs.sendMessage(tabId, {
              channel: 'fact-context/v1',
              type: 'step-mention',
              data: { direction },
            }),
          );
        },
        { tabId, direction },
      );
    expect(await page.evaluate(() => scrollY)).toBe(0);

    const expectCardAt = async (id: string, text: string, description: string) => {
      // Scrolled so that the name is in view, and its card is open next to it with focus inside.
      await waitFor(() => cardBox(page), 5000, `the card of ${text}`);
      // Smooth scrolling may still be under way: the card follows the name; measure both once it stops.
      let last = -1;
      await waitFor(
        async () => {
          const y = await page.evaluate(() => scrollY);
          const still = y === last;
          last = y;
          await new Promise((r) => setTimeout(r, 100));
          return still;
        },
        5000,
        'the scroll to end',
      );
      const card = (await cardBox(page))!;
      const line = await textRect(page, id, text);
      expect(line.top).toBeGreaterThanOrEqual(0);
      expect(line.bottom).toBeLessThanOrEqual(800);
      expect(nextToLine(card, line), JSON.stringify({ card, line })).toBe(true);
      expect(await page.evaluate(() => document.activeElement === document.querySelector(':root > div'))).toBe(true);
      // Checked last: Firefox's window.find moves focus to the page.
      expect(await showsText(page, description)).toBe(true);
    };
    // The first command once the page is scanned (before that the answer is found: false and nothing moves).
    const first = await waitFor(
      async () => {
        const answer = await step(1);
        return answer.includes('"found":true') && answer;
      },
      10_000,
      'a first step',
    );
    expect(first).toContain('"found":true');
    await expectCardAt('first', 'Sergei Lavrov', 'Russian Foreign Minister');
    const afterFirst = await page.evaluate(() => scrollY);
    expect(afterFirst).toBeGreaterThan(1000);

    expect(await step(1)).toContain('"found":true');
    await expectCardAt('second', 'Emmanuel Macron', 'French President; announced that 26 countries');
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(afterFirst + 1000);
    expect(await showsText(page, 'Russian Foreign Minister')).toBe(false); // one card at a time

    // And back: the previous mention.
    expect(await step(-1)).toContain('"found":true');
    await waitFor(
      async () =>
        (await page.evaluate(() => scrollY)) < afterFirst + 500 &&
        page.evaluate(() => document.activeElement === document.querySelector(':root > div')),
      5000,
      'back at Lavrov, focus in the card',
    );
    await expectCardAt('first', 'Sergei Lavrov', 'Russian Foreign Minister');
    // Tab moves through the card's buttons: focus stays inside the card. (Firefox's find, above, moved focus
    // to the page: put it back on the card's first button with the command.)
    expect(await step(1)).toContain('"found":true');
    expect(await step(-1)).toContain('"found":true');
    await waitFor(
      () => page.evaluate(() => document.activeElement === document.querySelector(':root > div')),
      3000,
      'focus in the card',
    );
    await page.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.querySelector(':root > div'))).toBe(true);
    // Escape closes it and gives focus back to the page (not left on a vanished card).
    await page.press('Escape');
    await waitFor(async () => !(await cardBox(page)), 1000, 'the card to close on Escape');
    expect(await page.evaluate(() => document.activeElement === document.querySelector(':root > div'))).toBe(false);
    await new Promise((r) => setTimeout(r, 500)); // no card still to open after a keyboard step pops up after Escape
    expect(await cardBox(page)).toBeNull();
    expectCleanConsole(page);
    await page.close();
  });

  it('keeps the card intact on a page with hostile global CSS', async () => {
    const { page, rects } = await openPage('/fixtures/hover-hostile.html');
    const line = rects[0]!;
    const { card } = await hoverOpen(page, line);
    expect(nextToLine(card, line), JSON.stringify({ card, line })).toBe(true);
    // The card's own size: not stretched by `width: auto`, margins or borders, not hidden by the page.
    expect(card.right - card.left).toBeGreaterThan(200);
    expect(card.right - card.left).toBeLessThan(380);
    expect(card.bottom - card.top).toBeGreaterThan(100);
    expect(card.bottom - card.top).toBeLessThan(400);
    expect(await showsText(page, 'Russian President; warned that foreign troops')).toBe(true);
    await page.screenshot(join(SHOTS, `hover-card-hostile-${name}.png`));
    await page.close();
  });

  it('"Show in panel" opens the real side panel on the actor (Firefox: a hint, or the open sidebar on the actor)', async () => {
    const { page, rects } = await openPage('/fixtures/hover.html');
    const { card } = await hoverOpen(page, rects[0]!);
    // The first action button sits at the card's bottom left (12-px padding, 13-px text, 7-px button padding).
    await page.mouseMove(card.left + 30, card.bottom - 24);
    await page.click(card.left + 30, card.bottom - 24);
    if (name === 'firefox') {
      await waitFor(
        () => showsText(page, 'Open the Fact Context sidebar with its toolbar button'),
        3000,
        'the Firefox hint',
      );
      expect(await cardBox(page)).not.toBeNull();
      await page.screenshot(join(SHOTS, 'hover-card-firefox-hint.png'));

      // With the sidebar open (a click in the extension's own page may open it), the same button shows the actor there.
      await api.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'open-sidebar';
        button.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647';
        button.addEventListener('click', () => void (globalThis as any).browser.sidebarAction.open());
        document.body.append(button);
      });
      await api.front();
      await api.click(200, 200);
      await waitFor(
        () => api.evaluate(() => (globalThis as any).browser.sidebarAction.isOpen({}) as Promise<boolean>),
        5000,
        'the sidebar to open',
      );
      await api.evaluate(() => document.getElementById('open-sidebar')?.remove());
      // Another actor's button now: the open sidebar follows the click (not what the first click left pending).
      await page.front();
      await page.press('Escape');
      await page.mouseMove(5, 5);
      await waitFor(async () => (await cardBox(page)) === null, 3000, 'the first card to close');
      const trump = await waitFor(() => mentionRects(page, 'Donald Trump'), 5000, 'Donald Trump painted');
      const { card: second } = await hoverOpen(page, trump[0]!);
      await page.mouseMove(second.left + 30, second.bottom - 24);
      await page.click(second.left + 30, second.bottom - 24);
      const sidebar = await waitFor(() => panelOn(api, 'Donald Trump', 'sidebar'), 5000, 'the sidebar on the actor');
      expect(sidebar).toMatch(/Person · on this page: \d+ mentions?/);
      // The card's answer comes after the sidebar's message: no hint, as the sidebar is open.
      await new Promise((r) => setTimeout(r, 300));
      expect(await showsText(page, 'Open the Fact Context sidebar with its toolbar button')).toBe(false);
      expect(await cardBox(page)).not.toBeNull();
      await api.evaluate(() => (globalThis as any).browser.sidebarAction.close().catch(() => undefined));
    } else {
      // Chrome opens its side panel (the click is a user gesture) and tells it the actor; no hint is needed.
      // What the reader sees is waited for: the panel on the actor. (The request the background stores for a
      // panel still loading lives only until that panel takes it, a few milliseconds to a few hundred after
      // the click: polling it raced the panel's start-up.)
      const panel = await waitFor(() => panelOn(api, 'Vladimir Putin'), 5000, 'the side panel on the actor');
      expect(panel).toMatch(/Person · on this page: \d+ mentions?/);
      // The real side panel is open (a context of its own, not a tab), on this page's view of the actor.
      const contexts = await api.evaluate(
        () =>
          (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }) as Promise<
            { documentUrl: string }[]
          >,
      );
      expect(contexts.map((c) => new URL(c.documentUrl).pathname)).toEqual(['/panel.html']);
      await new Promise((r) => setTimeout(r, 300));
      expect(await showsText(page, 'Open the Fact Context side panel')).toBe(false);
      expect(await cardBox(page)).not.toBeNull();
    }
    await page.close();
  });
});
