/**
 * Hostile pages: one that deletes our highlights, one that mutates its DOM 10,000 times a second, one with
 * 100,000 text nodes and 20,000 mentions. The extension keeps working, stays within its budgets (capping
 * what it registers), keeps the page responsive, and throws nothing.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, waitFor } from './harness/browsers';
import { paintedTexts } from './harness/highlights';
import { useBrowser } from './harness/suite';

const ours = (errors: string[]) => errors.filter((e) => /fact.?context|extension/i.test(e));

const DELETER = `<!doctype html><title>Deleter</title>
<p>Vladimir Putin met Emmanuel Macron in Paris.</p>
<script>
  window.deleteAll = () => { for (const name of [...CSS.highlights.keys()]) CSS.highlights.delete(name); };
</script>`;

const CHURN = `<!doctype html><title>Churn</title>
<p id="static">Sergei Lavrov spoke in Moscow.</p>
<div id="ticker"></div>
<script>
  // 100 DOM mutations every 10 ms for 5 s: 10,000 a second. The page records its own timer gaps.
  const ticker = document.getElementById('ticker');
  window.maxGap = 0; let last = performance.now(); let n = 0;
  const id = setInterval(() => {
    const now = performance.now(); window.maxGap = Math.max(window.maxGap, now - last); last = now;
    for (let i = 0; i < 100; i++) {
      const span = document.createElement('span');
      span.textContent = (n++ % 7 === 0) ? ' Donald Trump ' : ' tick ';
      ticker.append(span);
      if (ticker.childNodes.length > 50) ticker.firstChild.remove();
    }
  }, 10);
  setTimeout(() => { clearInterval(id); window.churnDone = true; }, 5000);
</script>`;

const HUGE = `<!doctype html><title>Huge</title><div id="root"></div>
<script>
  // 100,000 text nodes (in 20,000 paragraphs of five spans), 20,000 of them naming an actor.
  const names = ['Vladimir Putin', 'Volodymyr Zelenskyy', 'Kyiv', 'NATO', 'Donald Trump'];
  const root = document.getElementById('root');
  const frag = document.createDocumentFragment();
  for (let i = 0; i < 20000; i++) {
    const p = document.createElement('p');
    for (let j = 0; j < 5; j++) {
      const span = document.createElement('span');
      span.textContent = j === 2 ? ' ' + names[i % 5] + ' said ' : ' some ordinary words here ';
      p.append(span);
    }
    frag.append(p);
  }
  root.append(frag);
  // The page's own first layout and paint of 100,000 nodes are not ours: gaps are measured from two frames after
  // load on. (One frame from the script was not enough: in Firefox the first paint could come after it, a
  // 200-560 ms stall while our content script was only waiting for its settings.)
  window.maxGap = 0; window.ticks = 0; let last;
  const tick = () => { const now = performance.now(); window.maxGap = Math.max(window.maxGap, now - last); last = now; window.ticks++; if (!window.stopTicking) setTimeout(tick, 0); };
  addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => { last = performance.now(); tick(); }, 0))));
</script>`;

describe.each(BROWSERS)('hostile pages in %s', (name) => {
  const env = useBrowser(name);

  it('re-registers highlights the page deletes', async () => {
    const page = await env.session.newPage();
    await page.goto(env.server.page('/deleter.html', DELETER));
    await waitFor(async () => (await paintedTexts(page)).length >= 3, 10_000, 'first paint');
    await page.evaluate(() => (window as unknown as { deleteAll(): void }).deleteAll());
    expect(await paintedTexts(page)).toEqual([]);
    await page.mouseMove(200, 200); // any reader action brings them back
    const texts = await waitFor(
      async () => {
        const t = await paintedTexts(page);
        return t.length >= 3 && t;
      },
      5000,
      're-registration',
    );
    expect(texts).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Paris', 'Vladimir Putin']));
    // Deleted again with no reader action: the watchdog that follows a deletion restores them too.
    await page.evaluate(() => (window as unknown as { deleteAll(): void }).deleteAll());
    await waitFor(async () => (await paintedTexts(page)).length >= 3, 5000, 're-registration without an event');
    expect(ours(page.errors)).toEqual([]);
    await page.close();
  });

  it('keeps up with 10,000 DOM mutations a second without freezing the page', async () => {
    const page = await env.session.newPage();
    await page.goto(env.server.page('/churn.html', CHURN));
    await waitFor(
      () => page.evaluate(() => (window as unknown as { churnDone?: boolean }).churnDone),
      15_000,
      'the churn to end',
    );
    const maxGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
    const texts = await waitFor(
      async () => {
        const t = await paintedTexts(page);
        return t.includes('Sergei Lavrov') && t.includes('Donald Trump') && t;
      },
      5000,
      'highlights after the churn',
    );
    // Only live text is painted: the ticker keeps 50 spans, one in seven names Trump.
    expect(texts.filter((t) => t === 'Donald Trump').length).toBeLessThanOrEqual(8);
    expect(maxGap).toBeLessThan(250); // the page's own 10 ms timer never stalled for long
    expect(ours(page.errors)).toEqual([]);
    await page.close();
  });

  it('handles 100,000 text nodes and 20,000 mentions within its budgets', async () => {
    // The extension page that reads the results opens first, so the huge page stays in front throughout:
    // a background tab's timers are throttled, which would show up as gaps that are not ours.
    const probe = await env.session.openExtensionPage('options.html');
    const page = await env.session.newPage();
    await page.front();
    const url = env.server.page('/huge.html', HUGE);
    await page.goto(url);
    // Waited for from the extension page, not by evaluating in the huge page: in Firefox, a test's first
    // evaluation in a page stalls that page's timers for a few hundred ms, which the gap below would count as ours.
    const summary = await waitFor(
      () =>
        probe.evaluate(async (u) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          // The background keeps no title or address: the page's tab id names its entry.
          const tab = (await api.tabs.query({})).find((t: { url?: string }) => t.url === u);
          const key = `tab:${tab?.id}`;
          const top = (await api.storage.session.get(key))[key]?.frames?.['0'];
          return top?.total === 20_000 ? top : null;
        }, url),
      30_000,
      'the scan of the huge page',
    );
    expect(summary.total).toBe(20_000);
    expect(summary.counts.putin).toBe(4000);
    // The page's timer gap is read first, in the same evaluation: a test's first evaluation in a Firefox page
    // stalls the page before the function runs, and the tick after that stall would count it as ours.
    const { maxGap, registered, ticks } = await page.evaluate(() => {
      const w = window as unknown as { stopTicking: boolean; maxGap: number; ticks: number };
      w.stopTicking = true;
      let n = 0;
      CSS.highlights.forEach((h, key) => key.startsWith('fact-context-') && (n += h.size));
      return { maxGap: w.maxGap, registered: n, ticks: w.ticks };
    });
    expect(ticks).toBeGreaterThan(20); // the page's timer was running while the scan did
    expect(registered).toBeGreaterThan(0);
    expect(registered).toBeLessThanOrEqual(400); // only the window near the viewport is registered
    expect(maxGap).toBeLessThan(400); // sliced work: the page's timers kept running

    // The panel asks for every mention: the pending ones are made in slices, so the page stays responsive.
    await page.evaluate(() => {
      const w = window as unknown as { maxGap: number; stopTicking: boolean; tick(): void };
      w.maxGap = 0;
      w.stopTicking = false;
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        w.maxGap = Math.max(w.maxGap, now - last);
        last = now;
        if (!w.stopTicking) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    });
    const listed = await probe.evaluate(async (u) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tab = (await api.tabs.query({})).find((t: { url?: string }) => t.url === u);
      const t0 = performance.now();
      const answer = await api.tabs.sendMessage(
        tab.id,
        { channel: 'fact-context/v1', type: 'list-mentions', data: {} },
        { frameId: 0 },
      );
      const items: { actorId: string }[] = JSON.parse(answer.value.itemsJson);
      return {
        count: items.length,
        putin: items.filter((i) => i.actorId === 'putin').length,
        ms: performance.now() - t0,
      };
    }, url);
    const listGap = await page.evaluate(() => {
      (window as unknown as { stopTicking: boolean }).stopTicking = true;
      return (window as unknown as { maxGap: number }).maxGap;
    });
    expect(listed.count).toBe(20_000);
    expect(listed.putin).toBe(4000);
    console.log(
      `${name}: listing 20,000 mentions took ${listed.ms.toFixed(0)} ms; the page's longest timer gap meanwhile ${listGap.toFixed(0)} ms`,
    );
    // Made at once and sent as objects, the list held this page for 180 ms (Chromium) and 430 ms (Firefox);
    // sliced and sent as JSON text, for 40–100 ms (the rest is mostly the garbage collector on a page this big).
    expect(listGap).toBeLessThan(150);
    expect(ours(page.errors)).toEqual([]);
    await probe.close();
    await page.close();
  });
});
