/** Settings apply at once, without a reload: pausing a site, switching a group off, changing the style. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, waitFor, type TestPage } from './harness/browsers';
import {
  ACTOR_PAGE,
  ACTOR_PAGE_ACTORS,
  highlightCounts,
  openApiPage,
  resetSettings,
  setSettings,
} from './harness/extension';
import { useBrowser } from './harness/suite';

const EXPECTED = {
  people: ACTOR_PAGE_ACTORS.people.length,
  organisations: ACTOR_PAGE_ACTORS.organisations.length,
  places: ACTOR_PAGE_ACTORS.places.length,
};

describe.each(BROWSERS)('settings in %s', (name) => {
  const env = useBrowser(name);
  let ext: TestPage;
  beforeAll(async () => {
    ext = await openApiPage(env.session);
  });
  afterEach(() => resetSettings(ext));

  const openActorPage = async (path: string) => {
    const url = env.server.page(path, ACTOR_PAGE);
    const page = await env.session.newPage();
    await page.goto(url);
    await waitFor(
      async () => JSON.stringify(await highlightCounts(page)) === JSON.stringify(EXPECTED),
      10_000,
      'the actor page highlighted',
    );
    return page;
  };

  it('pausing a site removes its highlights at once and survives a reload; resuming brings them back', async () => {
    const page = await openActorPage('/pause.html');
    await setSettings(ext, { pausedSites: ['127.0.0.1'] });
    await waitFor(
      async () => Object.values(await highlightCounts(page)).every((n) => n === 0),
      5_000,
      'highlights removed',
    );
    await page.goto(env.server.url('/pause.html'));
    // Give the content script the time it would need to paint (it reports after ~250 ms).
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await highlightCounts(page)).toEqual({ people: 0, organisations: 0, places: 0 });
    await setSettings(ext, { pausedSites: [] });
    await waitFor(
      async () => JSON.stringify(await highlightCounts(page)) === JSON.stringify(EXPECTED),
      5_000,
      'highlights back',
    );
    await page.close();
  });

  it("a shadow root's stylesheets: Firefox's gets our highlight rules while painted (none in Chromium), gets them back after a re-render, and pausing takes them out", async () => {
    const page = await env.session.newPage();
    await page.goto(
      env.server.page(
        '/shadow-sheets.html',
        `<!doctype html><meta charset="utf-8"><title>Sheets</title><x-news></x-news><script>
          const own = new CSSStyleSheet(); own.replaceSync('p { margin: 0 }');
          customElements.define('x-news', class extends HTMLElement { constructor() { super(); const root = this.attachShadow({ mode: 'open' }); root.adoptedStyleSheets = [own]; root.innerHTML = '<p>Vladimir Putin spoke in Moscow.</p>'; window.ownSheet = own; } });
        </script>`,
      ),
    );
    /** The shadow root's sheets: how many, whether the page's own is still first, and whether one has our rules. */
    const sheets = () =>
      page.evaluate(() => {
        const list = document.querySelector('x-news')!.shadowRoot!.adoptedStyleSheets;
        const ours = list.some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes('fact-context-background-people')),
        );
        return {
          count: list.length,
          ownFirst: list[0] === (window as unknown as { ownSheet: CSSStyleSheet }).ownSheet,
          ours,
        };
      });
    await waitFor(
      async () => (await highlightCounts(page)).people === 1,
      10_000,
      'the name in the shadow root painted',
    );
    expect(await sheets()).toEqual(
      name === 'firefox' ? { count: 2, ownFirst: true, ours: true } : { count: 1, ownFirst: true, ours: false },
    );
    // The component re-renders: it replaces its sheets and adds text that names nobody (so nothing is painted anew
    // there). Firefox's name must not lose its rules.
    await page.evaluate(() => {
      const root = document.querySelector('x-news')!.shadowRoot!;
      root.adoptedStyleSheets = [(window as unknown as { ownSheet: CSSStyleSheet }).ownSheet];
      root.append(Object.assign(document.createElement('p'), { textContent: 'Updated at noon.' }));
    });
    if (name === 'firefox')
      await waitFor(async () => (await sheets()).ours, 5_000, 'our rules back in the re-rendered shadow root');
    else await new Promise((r) => setTimeout(r, 500));
    expect(await sheets()).toEqual(
      name === 'firefox' ? { count: 2, ownFirst: true, ours: true } : { count: 1, ownFirst: true, ours: false },
    );
    await setSettings(ext, { pausedSites: ['127.0.0.1'] });
    await waitFor(async () => (await highlightCounts(page)).people === 0, 5_000, 'highlights removed');
    expect(await sheets()).toEqual({ count: 1, ownFirst: true, ours: false });
    await page.close();
  });

  it('turning off places removes place highlights only', async () => {
    const page = await openActorPage('/groups.html');
    await setSettings(ext, { groups: { people: true, organisations: true, places: false } });
    await waitFor(async () => (await highlightCounts(page)).places === 0, 5_000, 'places removed');
    expect(await highlightCounts(page)).toEqual({ ...EXPECTED, places: 0 });
    await page.close();
  });

  it('changes the style at once, and "none" paints nothing', async () => {
    const page = await openActorPage('/style.html');
    expect(await page.evaluate(() => CSS.highlights.get('fact-context-background-people')?.size)).toBe(2);
    await setSettings(ext, { highlightStyle: 'underline' });
    await waitFor(
      () =>
        page.evaluate(
          () =>
            CSS.highlights.get('fact-context-underline-people')?.size === 2 &&
            !CSS.highlights.has('fact-context-background-people'),
        ),
      5_000,
      'underline style',
    );
    await setSettings(ext, { highlightStyle: 'none' });
    await waitFor(async () => Object.values(await highlightCounts(page)).every((n) => n === 0), 5_000, 'no marks');
    await page.close();
  });

  it('the options page writes the settings the content script follows', async () => {
    const page = await openActorPage('/options-ui.html');
    const options = await env.session.openExtensionPage('options.html');
    await waitFor(
      () => options.evaluate(() => document.querySelectorAll('input[type=checkbox]').length > 3),
      5_000,
      'the options form',
    );
    // Untick "Places" the way a reader would.
    await options.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Places')!;
      label.querySelector('input')!.click();
    });
    await waitFor(async () => (await highlightCounts(page)).places === 0, 5_000, 'places removed via the options page');
    expect(await highlightCounts(page)).toEqual({ ...EXPECTED, places: 0 });
    expect(options.errors).toEqual([]);
    await options.close();
    await page.close();
  });
});
