/**
 * The first look before the walk: a page whose text could hold no name is not walked, and one that could (however
 * its markup splits or glues the name) is. The scanner then keeps following the page either way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MatchTexts } from '../../../../src/content/scan/match-client';
import { NameCheck, keyTests } from '../../../../src/content/scan/name-check';
import { Scanner } from '../../../../src/content/scan/scanner';
import { Slicer } from '../../../../src/content/slicer';
import { compileTables } from '../../../../src/match';
import { nameKeys } from '../../../../src/match/name-keys';
import { findPutinKyiv } from '../fake-matcher';
import { scanEvents } from '../scan-events';

(globalThis as Record<string, unknown>).__DEV__ = false;

const tests = keyTests(nameKeys(Object.keys(compileTables().forms)));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a first look over the document to its end, in slices as short as possible; returns its answer. */
function look(steps = { n: 0 }): boolean {
  const check = new NameCheck(document, tests);
  for (;;) {
    steps.n++;
    const found = check.step(() => true);
    if (found !== undefined) return found;
  }
}

function shadowHost(name: string, html: string, parent: ParentNode = document.body): ShadowRoot {
  const host = document.createElement(name);
  parent.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = html;
  return shadow;
}

const PROSE =
  '<main><h2>Weather</h2><p>Rain is expected on <a href="#">Tuesday</a> across the region.</p><p>The summit of the hill stays dry.</p></main>';

describe('the first look for names', () => {
  beforeEach(() => {
    document.body.innerHTML = PROSE;
  });

  it('finds no name in prose that names nobody', () => {
    expect(look()).toBe(false);
  });

  it('finds a name split by markup, glued to the block before it, or hidden by invisible characters', () => {
    for (const html of [
      '<p><span class="dropcap">P</span>utin said</p>',
      '<ul><li>World</li><li>Putin</li></ul>',
      '<p>Pu&shy;tin</p>',
      '<p>tags: donald trump</p>',
    ]) {
      document.body.innerHTML = PROSE + html;
      expect(look(), html).toBe(true);
    }
  });

  it('finds a short name that ends one block while the next block starts with a letter', () => {
    document.body.innerHTML = `${PROSE}<ul><li>News</li><li>US</li><li>world</li></ul>`;
    expect(look()).toBe(true);
    // But not the same letters inside a word.
    document.body.innerHTML = `${PROSE}<p>A USB cable and a summary.</p>`;
    expect(look()).toBe(false);
  });

  it('looks into the open shadow roots of custom elements, nested ones too', () => {
    shadowHost('news-card', '<p>No names in here.</p>');
    expect(look()).toBe(false);
    const outer = shadowHost('news-feed', '<section><p>Headlines</p></section>');
    shadowHost('news-item', '<p>Talks in Kyiv.</p>', outer.querySelector('section')!);
    expect(look()).toBe(true);
  });

  it('leaves out a large script but reads the page’s prose', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<script type="application/json">${JSON.stringify({ about: 'Putin', pad: 'x'.repeat(4000) })}</script>`,
    );
    expect(look()).toBe(false);
  });

  it('gives the same answer in slices as at once, on a long page', () => {
    const filler = '<p>Rain is expected across the region on Tuesday and the days after. </p>'.repeat(600);
    document.body.innerHTML = `<main>${filler}<p>Putin said so.</p></main>`;
    const steps = { n: 0 };
    expect(look(steps)).toBe(true);
    expect(steps.n).toBeGreaterThan(2);
    document.body.innerHTML = `<main>${filler}</main>`;
    expect(look()).toBe(false);
  });

  it('asks for the walk when the page removed the text it was at', () => {
    const filler = '<p>Rain is expected across the region on Tuesday and the days after. </p>'.repeat(600);
    document.body.innerHTML = `<main><div id="first">${filler}</div><div>${filler}</div></main>`;
    const check = new NameCheck(document, tests);
    expect(check.step(() => true)).toBeUndefined();
    document.getElementById('first')!.remove();
    expect(check.step(() => true)).toBe(true);
  });
});

describe('the scanner with name keys', () => {
  let slicer: Slicer;
  let scanner: Scanner | undefined;
  let sent: string[][][];
  /** Finds "Putin" and "Kyiv" at once; records the texts sent. */
  const match: MatchTexts = async (texts) => {
    sent.push(texts);
    return findPutinKyiv(texts);
  };
  const found = () => scanner!.store.inOrder().map((m) => m.text);
  async function settled() {
    await wait(60); // the observer's batch
    await scanner!.idle();
  }

  beforeEach(() => {
    slicer = new Slicer();
    sent = [];
    document.body.innerHTML = PROSE;
  });
  afterEach(() => {
    scanner?.destroy();
    slicer.stop();
  });

  it('does not walk a page that names nobody, and still finds a name the page adds later', async () => {
    scanner = new Scanner(document, slicer, scanEvents(), match, () => false, tests);
    scanner.scanAll();
    await scanner.idle();
    expect(scanner.scanning).toBe(false);
    expect(sent).toEqual([]);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Later: Putin spoke.</p>');
    await settled();
    expect(found()).toEqual(['Putin']);
    expect(sent.flat(2).join('')).not.toContain('Rain');
  });

  it('sends the background no live update whose text names nobody, and each one that may', async () => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Talks in Kyiv.</p><p id="clock">12:00</p>');
    scanner = new Scanner(document, slicer, scanEvents(), match, () => false, tests);
    scanner.scanAll();
    await scanner.idle();
    const before = sent.length;
    // A ticking clock, then a comment with no name: nothing is sent.
    document.getElementById('clock')!.textContent = '12:01';
    await settled();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>First comment! Great weather.</p>');
    await settled();
    expect(sent.length).toBe(before);
    // The clock's block names someone now; a name split by markup in an added block is sent too.
    document.getElementById('clock')!.textContent = '12:02 Putin';
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Talks in <b>Ky</b>iv again.</p>');
    await settled();
    expect(sent.slice(before).flat(2).join('|')).toMatch(/^(?=.*12:02 Putin)(?=.*Ky\|iv again)/);
    expect(found()).toEqual(['Kyiv', 'Putin', 'Kyiv']);
  });

  it('walks a page whose text could hold a name, and finds it', async () => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Talks in <b>Ky</b>iv.</p>');
    scanner = new Scanner(document, slicer, scanEvents(), match, () => false, tests);
    scanner.scanAll();
    await scanner.idle();
    expect(found()).toEqual(['Kyiv']);
  });

  it('waits for a custom element it met undefined, when no walk ran', async () => {
    document.body.insertAdjacentHTML('beforeend', '<later-card></later-card>');
    scanner = new Scanner(document, slicer, scanEvents(), match, () => false, tests);
    scanner.scanAll();
    await scanner.idle();
    expect(sent).toEqual([]);
    customElements.define(
      'later-card',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Putin, in the card.</p>';
        }
      },
    );
    document.querySelector('main')!.append(document.createElement('hr'));
    await settled();
    expect(found()).toEqual(['Putin']);
  });

  it('follows a custom element’s shadow root it looked into, when no walk ran', async () => {
    const shadow = shadowHost('news-card', '<p>No names in here.</p>');
    scanner = new Scanner(document, slicer, scanEvents(), match, () => false, tests);
    scanner.scanAll();
    await scanner.idle();
    expect(sent).toEqual([]);
    shadow.querySelector('p')!.textContent = 'Putin, in the card.';
    await settled();
    expect(found()).toEqual(['Putin']);
  });
});
