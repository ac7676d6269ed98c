/** The page scanner in real browsers: what gets painted, and what never does. */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, waitFor, type TestPage } from './harness/browsers';
import { openApiPage } from './harness/extension';
import { paintedRanges, paintedTexts } from './harness/highlights';
import { countPixels, decodePng } from './harness/pixels';
import { useBrowser } from './harness/suite';

describe.each(BROWSERS)('page scanner in %s', (name) => {
  const env = useBrowser(name);
  let page: TestPage;
  beforeAll(async () => {
    page = await env.session.newPage();
    await page.goto(env.server.url('/fixtures/scanner.html'));
  });

  it('paints names, including names split across elements and line breaks', async () => {
    const texts = await waitFor(
      async () => {
        const t = await paintedTexts(page);
        return t.some((x) => x.endsWith('Vladimir Putin')) && t;
      },
      10_000,
      'the first highlights',
    );
    // A title before a name belongs to the mention ("President Vladimir Putin"); <br> reads as no text in toString().
    for (const name of [
      'Vladimir Putin',
      'DonaldTrump',
      'Volodymyr Zelenskyy',
      'Kyiv',
      'Kremlin',
      'Mykhailo Podolyak',
    ]) {
      expect(
        texts.some((t) => t.endsWith(name)),
        name,
      ).toBe(true);
    }
    // Each name is one mention: no separate "Putin" or "Trump".
    expect(texts).not.toContain('Putin');
    expect(texts).not.toContain('Trump');
  });

  it('uses a highlight per kind: people, organisations/governments, places', async () => {
    const ranges = await paintedRanges(page);
    const kindOf = (text: string) => ranges.find((r) => r.text.endsWith(text))?.name;
    expect(kindOf('Vladimir Putin')).toBe('fact-context-background-people');
    expect(kindOf('Kremlin')).toBe('fact-context-background-organisations');
    expect(kindOf('Kyiv')).toMatch(/^fact-context-background-(organisations|places)$/);
  });

  it('never paints inside text fields or editors', async () => {
    const ranges = await page.evaluate(() => {
      const inside: string[] = [];
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('fact-context-')) return;
        h.forEach((r) => {
          const el = r.startContainer.parentElement;
          if (el?.closest('textarea, [contenteditable], input')) inside.push(el.id);
        });
      });
      return inside;
    });
    expect(ranges).toEqual([]);
  });

  it("shows the highlights on screen in each kind's colour: inside inline elements, a shadow root and a frame", async () => {
    // What the reader sees, read off a screenshot: Chrome's stylesheet puts the rules on :root (see
    // build/content-css.ts) and relies on highlight styles inheriting down to the text's own element.
    const painted = await env.session.newPage();
    await painted.goto(env.server.url('/fixtures/painted.html'));
    await waitFor(
      async () => {
        const texts = [...(await paintedTexts(painted)), ...(await paintedTexts(painted, '#frame'))];
        return ['Emmanuel Macron', 'Kremlin', 'Vladimir Putin', 'Sergei Lavrov'].every((n) => texts.includes(n));
      },
      10_000,
      'the highlights of the painted fixture',
    );
    const rects = await painted.evaluate(() => {
      const frame = document.getElementById('frame') as HTMLIFrameElement;
      const rectOf = (root: Node, text: string) => {
        const doc = root.ownerDocument ?? (root as Document);
        const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const at = n.data.indexOf(text);
          if (at < 0) continue;
          const range = doc.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + text.length);
          const r = range.getBoundingClientRect();
          const shift = doc === document ? { x: 0, y: 0 } : frame.getBoundingClientRect();
          return { left: r.left + shift.x, top: r.top + shift.y, right: r.right + shift.x, bottom: r.bottom + shift.y };
        }
        throw new Error(`no text ${text}`);
      };
      return {
        nested: rectOf(document.body, 'Emmanuel Macron'),
        organisation: rectOf(document.body, 'Kremlin'),
        control: rectOf(document.body, 'Nothing to see'),
        shadow: rectOf(document.getElementById('shadow-host')!.shadowRoot!, 'Vladimir Putin'),
        frame: rectOf(frame.contentDocument!, 'Sergei Lavrov'),
      };
    });
    const file = join(tmpdir(), `fc-painted-${name}-${process.pid}.png`);
    const shot = async () => {
      await painted.screenshot(file);
      const pixels = decodePng(readFileSync(file));
      rmSync(file);
      return pixels;
    };
    // The default tint is blue for people, green for organisations (content.css); the page's text is black on white.
    const blue = (r: number, g: number, b: number) => b > 150 && b - r > 30 && b - g > 25;
    const green = (r: number, g: number, b: number) => g > 150 && g - r > 30 && g - b > 8;
    const width = (rect: { left: number; right: number }) => rect.right - rect.left;
    // Retried for a moment: a screenshot may come before the frame that first paints the highlights.
    const pixels = await waitFor(
      async () => {
        const p = await shot();
        return (
          (['nested', 'shadow', 'frame'] as const).every(
            (where) => countPixels(p, rects[where], blue) > width(rects[where]) * 5,
          ) && p
        );
      },
      5_000,
      'the tint on screen',
    ).catch(() => shot());
    for (const where of ['nested', 'shadow', 'frame'] as const) {
      expect(countPixels(pixels, rects[where], blue), where).toBeGreaterThan(width(rects[where]) * 5);
    }
    expect(countPixels(pixels, rects.organisation, green)).toBeGreaterThan(width(rects.organisation) * 5);
    expect(countPixels(pixels, rects.control, blue) + countPixels(pixels, rects.control, green)).toBe(0);
    expect(countPixels(pixels, rects.organisation, blue)).toBe(0);
    await painted.close();
  });

  it('paints names in open shadow roots', async () => {
    const texts = await waitFor(
      () =>
        page.evaluate(() => {
          const out: string[] = [];
          CSS.highlights.forEach((h, name) => {
            if (name.startsWith('fact-context-'))
              h.forEach(
                (r) =>
                  r.startContainer.getRootNode() instanceof ShadowRoot &&
                  out.push((r.startContainer as Text).data.slice(r.startOffset, r.endOffset)),
              );
          });
          return out.length ? out : null;
        }),
      5000,
      'shadow-root highlights',
    );
    expect(texts).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Paris']));
  });

  it('paints names in a srcdoc frame', async () => {
    const texts = await waitFor(
      async () => {
        const t = await paintedTexts(page, '#frame');
        return t.length > 0 && t;
      },
      5000,
      'frame highlights',
    );
    expect(texts).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Moscow']));
  });

  it('highlights text added a second after load', async () => {
    const texts = await waitFor(
      async () => {
        const t = await paintedTexts(page);
        return t.includes('Istanbul') && t;
      },
      5000,
      'the added text',
    );
    expect(texts).toContain('NATO');
  });

  it('drops highlights of removed text, and of edited text that no longer names anyone', async () => {
    await page.evaluate(() => {
      document.getElementById('removable')!.remove();
      document.querySelector('#plain')!.firstChild!.textContent = 'Nobody in particular.';
    });
    const texts = await waitFor(
      async () => {
        const t = await paintedTexts(page);
        return !t.some((x) => x.includes('Podolyak') || x.includes('Zelenskyy')) && t;
      },
      3000,
      'removal',
    );
    expect(texts).not.toContain('Kyiv');
    // No stale ranges: every painted range still reads as a name.
    expect(texts.every((t) => t.trim().length > 1)).toBe(true);
  });

  it('reads an XHTML page as an HTML one: inline elements join, hidden subtrees are skipped', async () => {
    // In XHTML, tagName is lowercase: the scanner goes by localName, which is lowercase in both.
    const xhtml = await env.session.newPage();
    await xhtml.goto(env.server.url('/fixtures/xhtml.xhtml'));
    expect(await xhtml.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    const texts = await waitFor(
      async () => {
        const t = await paintedTexts(xhtml);
        return t.includes('Paris') && t;
      },
      10_000,
      'highlights on the XHTML page',
    );
    expect(texts).toEqual(expect.arrayContaining(['Vladimir Putin', 'Emmanuel Macron', 'Paris']));
    expect(texts).not.toContain('Putin');
    expect(texts.some((t) => t.includes('Lavrov'))).toBe(false);
    await xhtml.close();
  });

  it('paints only the names near the viewport of a long page, and follows the reader down it', async () => {
    const filler = 'Talks went on all week without news from anywhere. '.repeat(6);
    const paragraphs = Array.from(
      { length: 600 },
      (_, i) => `<p id="p${i}">Paragraph ${i}: Vladimir Putin spoke. ${filler}</p>`,
    ).join('\n');
    const long = await env.session.newPage();
    await long.goto(
      env.server.page(
        '/long.html',
        `<!doctype html><meta charset="utf-8"><title>Long</title><body style="font:16px/1.5 serif;max-width:40rem">${paragraphs}</body>`,
      ),
    );
    /** The paragraphs whose names are painted, by number. */
    const painted = () =>
      long.evaluate(() => {
        const ids: number[] = [];
        CSS.highlights.forEach((h, name) => {
          if (name.startsWith('fact-context-'))
            h.forEach((r) => void ids.push(Number(r.startContainer.parentElement!.closest('p')!.id.slice(1))));
        });
        return ids.sort((a, b) => a - b);
      });
    const top = await waitFor(
      async () => {
        const ids = await painted();
        return ids.length > 0 && ids;
      },
      10_000,
      'the first highlights',
    );
    expect(top[0]).toBe(0);
    expect(top.at(-1)).toBeLessThan(200); // the window near the viewport, not the whole page
    // Live additions: a name added at the top is painted; one added at the far end is not, until the reader gets there.
    await long.evaluate(() => {
      document.body.insertAdjacentHTML('afterbegin', '<p id="p-1">Breaking: Emmanuel Macron arrived.</p>');
      document.body.insertAdjacentHTML('beforeend', '<p id="p600">Late: Emmanuel Macron left.</p>');
    });
    const live = await waitFor(
      async () => {
        const ids = await painted();
        return ids.includes(-1) && ids;
      },
      5000,
      'the name added at the top',
    );
    await long.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    expect(await painted()).toEqual(live);
    expect(live).not.toContain(600);
    // A short scroll leaves the registered ranges alone (each change repaints the whole page).
    await long.evaluate(
      () =>
        new Promise((done) => {
          let steps = 0;
          const step = () => (
            window.scrollBy(0, 40),
            ++steps < 5 ? requestAnimationFrame(step) : setTimeout(done, 300)
          );
          requestAnimationFrame(step);
        }),
    );
    expect(await long.evaluate(() => scrollY)).toBe(200);
    expect(await painted()).toEqual(live);
    await long.evaluate(() => document.getElementById('p590')!.scrollIntoView());
    const bottom = await waitFor(
      async () => {
        const ids = await painted();
        return ids.includes(590) && ids;
      },
      5000,
      'the highlights where the reader scrolled to',
    );
    expect(bottom[0]).toBeGreaterThan(400);
    expect(long.errors.filter((e) => /fact.?context/i.test(e))).toEqual([]);
    await long.close();
  });

  it('on pages whose other text names nobody, still paints a name glued to the block before it, one in nested shadow roots, and one added later', async () => {
    const prose =
      '<h1>Weather</h1><p>Rain is expected on <a href="#">Tuesday</a> across the region.</p><p>The summit of the hill stays dry.</p>';
    const open = async (path: string, body: string) => {
      const p = await env.session.newPage();
      await p.goto(
        env.server.page(
          path,
          `<!doctype html><meta charset="utf-8"><title>Weather</title><body>${prose}${body}</body>`,
        ),
      );
      return p;
    };
    const paintedIn = (p: TestPage, what: string) =>
      waitFor(
        async () => {
          const t = await paintedTexts(p);
          return t.length > 0 && t;
        },
        10_000,
        what,
      );

    // A minified menu: "World" and "Ukraine" touch in the page's text content.
    const menu = await open('/no-names-menu.html', '<ul><li>World</li><li>Ukraine</li></ul>');
    expect(await paintedIn(menu, 'the name in the menu')).toEqual(['Ukraine']);

    // A custom element whose shadow root holds another one, whose shadow root names Kyiv (the script that makes
    // them must not: its text is looked at too).
    const shadow = await open(
      '/no-names-shadow.html',
      `<news-feed></news-feed><script>
        customElements.define('news-item', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>Talks in Ky' + 'iv.</p>'; } });
        customElements.define('news-feed', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<section><p>Headlines</p><news-item></news-item></section>'; } });
      </script>`,
    );
    expect(await paintedIn(shadow, 'the name in the nested shadow root')).toEqual(['Kyiv']);

    const later = await open('/no-names-later.html', '');
    await later.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    await later.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Later: Vladimir Putin spoke.</p>'));
    expect(await paintedIn(later, 'the name added later')).toEqual(['Vladimir Putin']);

    for (const p of [menu, shadow, later]) {
      expect(p.errors.filter((e) => /fact.?context/i.test(e))).toEqual([]);
      await p.close();
    }
  });

  it('paints a name in the shadow root of a custom element the page defines after the scan, with no other change', async () => {
    const p = await env.session.newPage();
    await p.goto(
      env.server.page(
        '/late-element.html',
        `<!doctype html><meta charset="utf-8"><title>Late</title><body><p>Rain is expected on Tuesday.</p><late-card></late-card><never-card></never-card>
        <script>
          setTimeout(() => customElements.define('late-card', class extends HTMLElement {
            constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>Talks in Ky' + 'iv.</p>'; }
          }), 1500);
        </script></body>`,
      ),
    );
    const texts = await waitFor(
      async () => {
        const t = await paintedTexts(p);
        return t.length > 0 && t;
      },
      10_000,
      'the name in the late shadow root',
    );
    expect(texts).toEqual(['Kyiv']);
    expect(p.errors.filter((e) => /fact.?context/i.test(e))).toEqual([]);
    await p.close();
  });

  it('lists a web component’s mentions in the order a reader meets them: slotted text where its slot is', async () => {
    const url = env.server.page(
      '/slots.html',
      `<!doctype html><meta charset="utf-8"><title>Slots</title><body><p>Talks in Kyiv first.</p>
      <news-card><span slot="lead">Vladimir Putin said so.</span> Sergei Lavrov replied.</news-card>
      <p>Paris last.</p>
      <script>
        customElements.define('news-card', class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML =
              '<p>Donald Trump wrote.</p><slot name="lead"></slot><p>NATO met.</p><slot></slot><p>Emmanuel Macron closed.</p>';
          }
        });
      </script></body>`,
    );
    const p = await env.session.newPage();
    await p.goto(url);
    const api = await openApiPage(env.session);
    const order = await waitFor(
      () =>
        api.evaluate(async (u) => {
          const browser = (globalThis as any).browser ?? (globalThis as any).chrome;
          const tab = (await browser.tabs.query({})).find((t: { url?: string }) => t.url === u);
          if (!tab) return null;
          const answer = await browser.tabs
            .sendMessage(tab.id, { channel: 'fact-context/v1', type: 'list-mentions', data: {} }, { frameId: 0 })
            .catch(() => null);
          const items: { actorId: string }[] = answer?.ok ? JSON.parse(answer.value.itemsJson) : [];
          return items.length === 7 ? items.map((i) => i.actorId) : null;
        }, url),
      10_000,
      'the seven mentions',
    );
    expect(order).toEqual(['kyiv', 'trump', 'putin', 'nato', 'lavrov', 'macron', 'paris']);
    await api.close();
    await p.close();
  });

  it('leaves the page console clean', () => {
    expect(page.errors.filter((e) => /fact.?context/i.test(e))).toEqual([]);
  });
});
