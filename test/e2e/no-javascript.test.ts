/**
 * Readers who block JavaScript for a site (Chrome: Site settings → JavaScript → not allowed; Firefox:
 * `javascript.enabled` off) still get Fact Context there: the browsers run an extension's scripts on such pages,
 * and the names are highlighted, the card opens under the real pointer and the panel lists the page's actors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, waitFor, type TestPage } from './harness/browsers';
import { ACTOR_PAGE, highlightCounts, openApiPage, tabIdOf } from './harness/extension';
import { cardShown, middle, textBox } from './harness/page-attacks';
import { useBrowser } from './harness/suite';

describe.each(BROWSERS)('a site whose JavaScript the reader blocked, in %s', (name) => {
  const env = useBrowser(name, (server) =>
    name === 'chromium'
      ? { blockJavaScriptOn: new URL(server.url('/')).origin }
      : { firefoxPrefs: { 'javascript.enabled': false } },
  );
  let ext: TestPage;
  beforeAll(async () => {
    ext = await openApiPage(env.session);
  });

  it('highlights the names, opens the card and lists the actors in the panel', async () => {
    // The page's own script would write into the page if it ran.
    const url = env.server.page(
      '/no-javascript.html',
      `${ACTOR_PAGE}<p id="ran"></p><script>document.getElementById('ran').textContent = 'page script ran';</script>`,
    );
    const page = await env.session.newPage();
    await page.goto(url);
    expect(await page.evaluate(() => document.getElementById('ran')!.textContent)).toBe('');

    await waitFor(async () => (await highlightCounts(page)).people === 2, 10_000, 'the names highlighted');
    expect(await highlightCounts(page)).toEqual({ people: 2, organisations: 1, places: 2 });

    const box = await textBox(page, 'Emmanuel Macron');
    await page.mouseMove(middle(box).x, middle(box).y);
    await waitFor(() => cardShown(page), 5_000, 'the card');

    const tab = await waitFor(() => tabIdOf(ext, url), 5_000, 'the tab');
    const panel = await env.session.openExtensionPage(`panel.html?tab=${tab}`);
    const actors = await waitFor(
      async () => {
        const rows = await panel.evaluate(() =>
          [...document.querySelectorAll('.actor-row')].map((r) => r.getAttribute('data-actor')).sort(),
        );
        return rows.length === 5 && rows;
      },
      10_000,
      'the panel’s list',
    );
    expect(actors).toEqual(['istanbul', 'macron', 'nato', 'paris', 'putin']);
    await panel.close();
    await page.close();
  });
});
