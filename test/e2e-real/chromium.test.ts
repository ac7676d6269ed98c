/**
 * Chromium with real input: the keys the extension's commands got, pressed on a keyboard (xdotool, under
 * Xvfb), walk the page's mentions and open the side panel; the real pointer opens the card.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness/browsers';
import { ACTOR_PAGE } from '../e2e/harness/extension';
import { REPO_ROOT as repoRoot } from '../paths';
import { startServer, type TestServer } from '../e2e/harness/server';
import { activate, clickAt, movePointer, pressKeys, startWindowManager, stopWindowManager } from './harness/display';
import { cardBox, center, focusInCard, mentionBox, nextToLine, showsText } from './harness/page-reads';
import { launchChromium, viewportOrigin, type RealChromium, type RealPage } from './harness/real-browsers';
import { manifestKeys, xdotoolCombo } from './harness/shortcuts';
import { expectCardOn as expectCardBeside, pressUntilCard as pressCard } from './harness/card-steps';

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
    const pressUntilCard = (combo: string, description: string) => pressCard(page, combo, description);
    const expectCardOn = async (id: string, name: string) => {
      await expectCardBeside(page, id, name);
      expect(await focusInCard(page)).toBe(true);
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
    expect(await focusInCard(page)).toBe(false);
    await page.close();
  });

  it('says the mention the keys reached, and the card is a dialog named for the actor, with focus inside and no axe violation', async () => {
    const page = await openFocused(server.url('/fixtures/hover-steps.html'));
    await waitFor(() => badgeText(page), 10_000, 'the page scanned');
    pressKeys(xdotoolCombo(keys['next-mention']!));
    await waitFor(() => showsText(page, 'Russian Foreign Minister'), 5000, 'the card');
    await waitFor(() => focusInCard(page), 3000, 'focus in the card');

    // The accessibility tree, as a screen reader gets it (closed shadow roots included).
    const raw = browser.context.pages().find((p) => p.url().endsWith('/fixtures/hover-steps.html'))!;
    const cdp = await browser.context.newCDPSession(raw);
    type AXNode = {
      nodeId: string;
      role?: { value: string };
      name?: { value: string };
      description?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
      childIds?: string[];
    };
    const tree = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const text = (n: AXNode): string =>
        n.role?.value === 'StaticText'
          ? (n.name?.value ?? '')
          : (n.childIds ?? []).map((id) => (byId.has(id) ? text(byId.get(id)!) : '')).join('');
      const prop = (n: AXNode, name: string) => n.properties?.find((p) => p.name === name)?.value.value;
      return { nodes, text, prop };
    };
    const live = await waitFor(
      async () => {
        const { nodes, text, prop } = await tree();
        const status = nodes.find((n) => n.role?.value === 'status' && prop(n, 'live') === 'polite');
        return status && text(status) && { said: text(status), atomic: prop(status, 'atomic') };
      },
      3000,
      'the announcement in the accessibility tree',
    );
    expect(live).toEqual({ said: 'Mention 1 of 2: Sergei Lavrov, Person', atomic: true });
    const { nodes, prop } = await tree();
    const dialog = nodes.find((n) => n.role?.value === 'dialog')!;
    expect(dialog.name?.value).toBe('Sergei Lavrov');
    expect(dialog.description?.value).toMatch(/^Russian Foreign Minister/);
    // The focused element (the document is focused too): the card's first button, inside the dialog.
    const focused = nodes.filter((n) => prop(n, 'focused') === true && n.role?.value !== 'RootWebArea');
    expect(focused.map((n) => `${n.role?.value}: ${n.name?.value}`)).toEqual(['button: Show in panel']);

    // axe on the card: its shadow root's markup and the card's stylesheet, copied into an open root of a blank
    // page (axe cannot enter a closed root), so that every rule sees what the reader gets.
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: { nodeName: string; children?: unknown[]; shadowRoots?: unknown[]; nodeId: number };
    };
    type DomNode = typeof root;
    // Our host: the <div> child of the root element (the page's own elements are inside <body>).
    const html = (root.children as DomNode[]).find((n) => n.nodeName === 'HTML')!;
    const host = (html.children as DomNode[]).find((n) => n.nodeName === 'DIV' && n.shadowRoots?.length)!;
    const shadow = (host.shadowRoots as DomNode[])[0]!;
    const parts = await Promise.all(
      (shadow.children as DomNode[]).map(
        async (c) => ((await cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })) as { outerHTML: string }).outerHTML,
      ),
    );
    await cdp.detach();
    const markup = parts.join('');
    expect(markup).toContain('role="dialog"');
    const { raw: blank } = await browser.newPage(
      server.page('/axe.html', '<!doctype html><html lang="en"><title>Card</title><main id="main"></main>'),
    );
    await blank.addScriptTag({ content: readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await blank.evaluate(
      async ({ markup, css }) => {
        const root = document.getElementById('main')!.attachShadow({ mode: 'open' });
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        root.adoptedStyleSheets = [sheet];
        root.innerHTML = markup;
        const axe = (
          window as unknown as {
            axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run({ include: [['#main']] }, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      },
      { markup, css: readFileSync(join(repoRoot, 'src/content/card/card.css'), 'utf8') },
    );
    expect(violations).toEqual([]);
    await blank.close();
    pressKeys('Escape');
    await page.close();
  });

  it('the welcome page shows how to pin the button while it is not on the toolbar, and the keys Chromium assigned', async () => {
    const steps = async (b: RealChromium) => {
      const { page } = await b.newPage(`chrome-extension://${b.extensionId}/onboarding.html`);
      const read = () =>
        page.evaluate(() => ({
          steps: [...document.querySelectorAll('ol.steps > li > h2')].map((h) => h.textContent),
          keys: [...document.querySelectorAll('[data-testid=shortcuts] kbd')].map((k) => k.textContent),
        }));
      // Both answers (getUserSettings, commands.getAll) come in asynchronously.
      await waitFor(async () => (await read()).keys.length === 3, 5000, 'the keys on the welcome page');
      await new Promise((r) => setTimeout(r, 300));
      const shown = await read();
      await page.close();
      return shown;
    };
    const unpinned = await steps(browser);
    expect(unpinned.steps).toEqual(['Highlights', 'The badge', 'Pin the button', 'The panel', 'Keyboard']);
    expect(unpinned.keys).toEqual([keys._execute_action, keys['next-mention'], keys['previous-mention']]);
    const pinnedBrowser = await launchChromium({ pinned: true });
    try {
      expect(
        await pinnedBrowser.inWorker(() => (globalThis as any).chrome.action.getUserSettings() as Promise<unknown>),
      ).toEqual({ isOnToolbar: true });
      expect((await steps(pinnedBrowser)).steps).toEqual(['Highlights', 'The badge', 'The panel', 'Keyboard']);
    } finally {
      await pinnedBrowser.close();
    }
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
