/** The toolbar button and the context menu: the badge counts the tab's actors, the lookup opens search. */
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, waitFor, type TestPage } from './harness/browsers';
import { ACTOR_PAGE, ACTOR_PAGE_ACTORS, badgeOf, openApiPage, sessionValue, tabIdOf } from './harness/extension';
import { useBrowser } from './harness/suite';

const ACTORS = Object.values(ACTOR_PAGE_ACTORS).flat();

describe.each(BROWSERS)('toolbar in %s', (name) => {
  const env = useBrowser(name);
  let ext: TestPage;
  beforeAll(async () => {
    ext = await openApiPage(env.session);
  });

  it('the badge counts the distinct actors on the page, the title names them, navigation clears it', async () => {
    const url = env.server.page('/badge.html', ACTOR_PAGE);
    const page = await env.session.newPage();
    await page.goto(url);
    const tabId = (await waitFor(() => tabIdOf(ext, url), 5_000, 'the tab'))!;
    const badge = await waitFor(
      async () => {
        const b = await badgeOf(ext, tabId);
        return b.text !== '' && b;
      },
      10_000,
      'the badge',
    );
    expect(badge.text).toBe(String(ACTORS.length));
    for (const actor of ['Vladimir Putin', 'Emmanuel Macron', 'NATO', 'Paris', 'Istanbul'])
      expect(badge.title).toContain(actor);
    // The badge agrees with what the content script reported.
    const state = await sessionValue<{ frames: Record<string, { counts: Record<string, number> }> }>(
      ext,
      `tab:${tabId}`,
    );
    expect(Object.keys(state!.frames['0']!.counts).sort()).toEqual([...ACTORS].sort());

    await page.goto(
      env.server.page('/no-actors.html', '<!doctype html><title>Nothing</title><p>Weather is mild today.</p>'),
    );
    await waitFor(async () => (await badgeOf(ext, tabId)).text === '', 10_000, 'the badge cleared');
    await page.close();
  });

  it('the badge is per tab', async () => {
    const withActors = env.server.page('/tab-a.html', ACTOR_PAGE);
    const without = env.server.page('/tab-b.html', '<!doctype html><title>B</title><p>Nothing to see.</p>');
    const a = await env.session.newPage();
    await a.goto(withActors);
    const b = await env.session.newPage();
    await b.goto(without);
    const [idA, idB] = [await tabIdOf(ext, withActors), await tabIdOf(ext, without)];
    await waitFor(async () => (await badgeOf(ext, idA!)).text === String(ACTORS.length), 10_000, 'badge of tab A');
    expect((await badgeOf(ext, idB!)).text).toBe('');
    await a.close();
    await b.close();
  });

  it.runIf(name === 'chromium')('the toolbar button opens the side panel (openPanelOnActionClick)', async () => {
    const behavior = await ext.evaluate(() => (globalThis as any).chrome.sidePanel.getPanelBehavior());
    expect(behavior).toEqual({ openPanelOnActionClick: true });
  });

  it('the context-menu lookup opens the panel’s search with the selection', async () => {
    const url = env.server.page('/lookup.html', ACTOR_PAGE);
    const page = await env.session.newPage();
    await page.goto(url);
    const tabId = (await waitFor(() => tabIdOf(ext, url), 5_000, 'the tab'))!;
    // A second extension page stands in for an open panel, listening for the broadcast.
    const listener = await env.session.openExtensionPage('options.html');
    await listener.evaluate(() => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      (globalThis as any).heard = [];
      api.runtime.onMessage.addListener(
        (m: any) => void (m?.type === 'search-for' && (globalThis as any).heard.push(m.data)),
      );
    });
    // A test cannot click a context menu: call the real handler with the data a click passes (dev builds only).
    const answer = await ext.evaluate(async (id) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage({
        channel: 'fact-context/dev',
        type: 'context-menu-click',
        info: { menuItemId: 'fact-context-lookup', selectionText: ' Emmanuel Macron ' },
        tabId: id,
      });
    }, tabId);
    expect(answer).toEqual({ ok: true });
    const pending = await sessionValue<{ search: string }>(ext, `pending:${tabId}`);
    expect(pending?.search).toBe('Emmanuel Macron');
    await waitFor(() => listener.evaluate(() => (globalThis as any).heard.length > 0), 5_000, 'the search broadcast');
    // The look-up names its tab: only a panel showing that tab acts on it.
    expect(await listener.evaluate(() => (globalThis as any).heard)).toEqual([{ tabId, text: 'Emmanuel Macron' }]);
    await listener.close();
    await page.close();
  });
});
