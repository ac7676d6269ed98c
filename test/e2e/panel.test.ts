/**
 * The side panel, built, in real Chromium and Firefox: with a news page open, the panel (opened as the
 * extension page, pointed at the page's tab with `?tab=`) lists the actors found with correct counts, shows
 * an actor's quotes with their dates, scrolls the page to a mention, and finds an actor by a foreign alias.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, REPO_ROOT } from '../paths';
import { BROWSERS, launch, waitFor, type Session, type TestPage } from './harness/browsers';
import { screenshotDir, startServer, type TestServer } from './harness/server';

const FILLER =
  'Markets were calm on the day, and traffic in the capital moved slowly through the morning rain. '.repeat(6);

/** A news-style page; the counts below are what the mention engine finds in it. */
export const NEWS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Troops warning</title></head><body>
<h1>Warning over foreign troops</h1>
<p>KYIV — Russian President Vladimir Putin warned on Friday that any Western troops sent to Ukraine would be treated as legitimate targets, a day after European leaders met in Paris.</p>
<p>Ukrainian President Volodymyr Zelenskyy, speaking in Kyiv, said the security guarantees had to be agreed before any ceasefire, not after it.</p>
<p>The Kremlin said Putin was ready to meet Zelenskyy in Moscow, an offer officials in Kyiv dismissed as a stalling tactic.</p>
${Array.from({ length: 30 }, () => `<p>${FILLER}</p>`).join('\n')}
<p id="last">Late on Sunday, Putin repeated the warning during a visit to the Far East.</p>
</body></html>`;

export const EXPECTED_COUNTS: Record<string, number> = {
  putin: 3,
  kyiv: 3,
  zelenskyy: 2,
  ukraine: 1,
  paris: 1,
  kremlin: 1,
  moscow: 1,
};

/** The tab id of the page at `url`, asked from an extension page. */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const probe = await session.openExtensionPage('panel.html');
  const id = await waitFor(
    () =>
      probe.evaluate(async (pageUrl) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const tabs: Array<{ id: number; url?: string }> = await api.tabs.query({});
        return tabs.find((t) => t.url === pageUrl)?.id;
      }, url),
    10_000,
    'the test page’s tab id',
  );
  await probe.close();
  return id;
}

/** Clicks the first element matching `selector` (optionally whose text or aria-label contains `text`). */
export function clickIn(page: TestPage, selector: string, text = ''): Promise<boolean> {
  return page.evaluate(
    ([sel, label]) => {
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find(
        (e) => !label || (e.getAttribute('aria-label') ?? e.textContent ?? '').includes(label),
      );
      el?.click();
      return Boolean(el);
    },
    [selector, text] as [string, string],
  );
}

describe.each(BROWSERS)('panel in %s', (name) => {
  let session: Session;
  let server: TestServer;
  let news: TestPage;
  let panel: TestPage;
  let tab: number;

  beforeAll(async () => {
    server = await startServer();
    session = await launch(name);
    const url = server.page('/news.html', NEWS_PAGE);
    news = await session.newPage();
    await news.goto(url);
    tab = await tabIdOf(session, url);
    panel = await session.openExtensionPage(`panel.html?tab=${tab}`);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('lists the actors found on the page with correct counts', async () => {
    const counts = await waitFor(
      () =>
        panel.evaluate(() => {
          const rows = [...document.querySelectorAll('.actor-row')];
          return (
            rows.length >= 7 &&
            Object.fromEntries(
              rows.map((r) => [
                r.getAttribute('data-actor'),
                parseInt(r.querySelector('[data-testid=count]')!.textContent!, 10),
              ]),
            )
          );
        }),
      15_000,
      'the panel’s list of actors',
    );
    expect(counts).toEqual(EXPECTED_COUNTS);
    const groups = await panel.evaluate(() => [...document.querySelectorAll('.view h3')].map((h) => h.textContent));
    expect(groups).toEqual(['People', 'Governments', 'Places']);
    expect(panel.errors).toEqual([]);
  });

  it('shows an actor’s quotes with their dates', async () => {
    expect(await clickIn(panel, 'button', 'Details about Vladimir Putin')).toBe(true);
    const quote = await waitFor(
      () =>
        panel.evaluate(
          () =>
            document.querySelector('h2')?.textContent === 'Vladimir Putin' &&
            document.querySelector('.quote')?.textContent,
        ),
      5_000,
      'the actor view',
    );
    expect(quote).toContain('“legitimate targets”');
    expect(quote).toContain('5 September 2025 · repeated 8 September 2025');
    expect(quote).toContain('Reported by Associated Press, The Wall Street Journal');
    await clickIn(panel, 'nav button', 'On this page');
  });

  it('jumps to a mention: the page scrolls to it', async () => {
    await news.evaluate(() => window.scrollTo(0, 0));
    expect(await clickIn(panel, 'button.expand', 'Show mentions of Vladimir Putin')).toBe(true);
    // The panel asks the page for an actor's mentions when the reader opens it.
    const snippets = await waitFor(
      async () => {
        const list = await panel.evaluate(() =>
          [...document.querySelectorAll('.mentions .mention')].map((b) => b.textContent),
        );
        return list.length > 0 && list;
      },
      5_000,
      'the mentions',
    );
    expect(snippets).toHaveLength(3);
    expect(snippets[2]).toContain('Late on Sunday, Putin repeated');
    // In the real side panel the page is visible beside it; as two tabs, the page must be the visible one to scroll.
    await news.front();
    await clickIn(panel, '.mentions .mention', 'Late on Sunday');
    // The page scrolls (smoothly, unless the reader prefers reduced motion) until the mention is in view.
    const scrolled = await waitFor(
      () =>
        news.evaluate(() => {
          const r = document.getElementById('last')!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight && window.scrollY;
        }),
      5_000,
      'the page to scroll to the mention',
    );
    expect(scrolled).toBeGreaterThan(500);
  });

  it('finds an actor by a foreign-language alias', async () => {
    await clickIn(panel, 'nav button', 'Search');
    await waitFor(
      () => panel.evaluate(() => Boolean(document.querySelector('input[type=search]'))),
      5_000,
      'the search box',
    );
    await panel.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
      input.value = 'Selenskyj';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const found = await waitFor(
      () =>
        panel.evaluate(() =>
          [...document.querySelectorAll('[aria-labelledby=search-actors] li .link')]
            .map((b) => b.textContent)
            .join(','),
        ),
      5_000,
      'search results',
    );
    expect(found).toBe('Volodymyr Zelenskyy');
    expect(panel.errors).toEqual([]);
  });
});

/**
 * Chromium only: the panel's views at side-panel width, in light and dark, saved under assets/screenshots/;
 * and no view scrolls sideways at 320 or 400 px. A context of its own, because the shared harness has no
 * viewport or colour-scheme control.
 */
describe.runIf(BROWSERS.includes('chromium'))('panel views at side-panel width (chromium)', () => {
  let server: TestServer;
  let context: import('playwright-core').BrowserContext;
  let panel: import('playwright-core').Page;
  const outDir = screenshotDir();

  const show = async (target: string) => {
    const steps: Record<string, Array<[string, string]>> = {
      page: [
        ['nav button', 'On this page'],
        ['button.expand', 'Vladimir Putin'],
      ],
      actor: [
        ['nav button', 'On this page'],
        ['button', 'Details about Vladimir Putin'],
      ],
      timeline: [['nav button', 'Timeline']],
      article: [
        ['nav button', 'Timeline'],
        ['.link', 'Read in the article (paragraph'],
      ],
      search: [['nav button', 'Search']],
    };
    for (const [selector, text] of steps[target]!) {
      await panel.evaluate(
        ([sel, label]: [string, string]) => {
          const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) =>
            (e.getAttribute('aria-label') ?? e.textContent ?? '').includes(label),
          );
          if (!el) throw new Error(`no ${sel} "${label}"`);
          el.click();
        },
        [selector, text] as [string, string],
      );
    }
    if (target === 'search') await panel.locator('input[type=search]').fill('Selenskyj');
    await panel.waitForTimeout(150);
  };

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    mkdirSync(outDir, { recursive: true });
    server = await startServer();
    const dir = join(REPO_ROOT, 'dist/chrome');
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'fc-shots-')), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 360, height: 760 },
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--disable-gpu', '--disable-quic'],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = server.page('/news.html', NEWS_PAGE);
    const news = await context.newPage();
    await news.goto(url);
    const tab = await waitFor(
      () =>
        worker.evaluate(
          async (u) =>
            ((await (globalThis as any).chrome.tabs.query({})) as Array<{ id: number; url?: string }>).find(
              (t) => t.url === u,
            )?.id,
          url,
        ),
      10_000,
      'the tab id',
    );
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${new URL(worker.url()).host}/panel.html?tab=${tab}`);
    await panel.waitForSelector('.actor-row');
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it.each(['page', 'actor', 'timeline', 'article', 'search'])(
    '%s view: fits 320–400 px, screenshots in light and dark',
    async (target) => {
      await show(target);
      for (const width of [320, 400]) {
        await panel.setViewportSize({ width, height: 760 });
        const overflow = await panel.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${target} at ${width}px`).toBeLessThanOrEqual(0);
      }
      await panel.setViewportSize({ width: 360, height: 760 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme });
        await panel.screenshot({ path: join(outDir, `panel-${target}-${colorScheme}.png`) });
      }
      await panel.emulateMedia({ colorScheme: 'light' });
    },
  );
});
