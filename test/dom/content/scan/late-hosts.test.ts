/**
 * A custom element defined after the scan attaches its shadow root as it upgrades, where no observer of ours
 * looks: the scanner looks at such elements again on the page's next DOM batch and a few times after the scan.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LateHosts } from '../../../../src/content/scan/late-hosts';
import type { MatchTexts } from '../../../../src/content/scan/match-client';
import { Scanner } from '../../../../src/content/scan/scanner';
import { Slicer } from '../../../../src/content/slicer';
import { findPutinKyiv } from '../fake-matcher';
import { scanEvents } from '../scan-events';

(globalThis as Record<string, unknown>).__DEV__ = false;

let names = 0;
/** A custom element name not defined yet. */
const newName = () => `late-card-${++names}`;
/** Defines `name`: its instances attach an open shadow root holding `html` as they are made (or upgraded). */
function define(name: string, html: string): void {
  customElements.define(
    name,
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = html;
      }
    },
  );
}

describe('custom elements defined after the scan', () => {
  let slicer: Slicer;
  let scanner: Scanner | undefined;
  const match: MatchTexts = async (texts) => findPutinKyiv(texts);
  // (Sorted: page order across a shadow boundary is not what these tests are about.)
  const found = () =>
    scanner!.store
      .inOrder()
      .map((m) => m.text)
      .sort();
  /** Scans a page of `html` to the end. */
  async function scanPage(html: string) {
    document.body.innerHTML = html;
    scanner = new Scanner(document, slicer, scanEvents(), match, () => false);
    scanner.scanAll();
    await scanner.idle();
  }
  /** Waits `ms`, then for the scanner's work to end. */
  async function settled(ms = 60) {
    await new Promise((r) => setTimeout(r, ms));
    await scanner!.idle();
  }

  beforeEach(() => {
    slicer = new Slicer();
  });
  afterEach(() => {
    scanner?.destroy();
    slicer.stop();
  });

  it('are waited for until they attach a shadow root or leave the page', () => {
    const [a, b] = [newName(), newName()];
    document.body.innerHTML = `<p>Kyiv</p><${a}></${a}><${b}></${b}>`;
    const late = new LateHosts();
    for (const el of document.querySelectorAll(`${a}, ${b}`)) late.add(el);
    expect(late.waiting).toBe(true);
    expect(late.attached()).toEqual([]);
    define(a, '<p>Putin</p>');
    document.querySelector(b)!.remove();
    expect(late.attached()).toEqual([document.querySelector(a)!.shadowRoot]);
    expect(late.attached()).toEqual([]);
  });

  it('have their shadow root scanned after the page’s next DOM change', async () => {
    const name = newName();
    await scanPage(`<main><p>Kyiv first.</p><${name}></${name}></main>`);
    expect(found()).toEqual(['Kyiv']);
    define(name, '<p>Putin, in the card.</p>');
    document.querySelector('main')!.append(document.createElement('hr'));
    await settled();
    expect(found()).toEqual(['Kyiv', 'Putin']);
    // And observed from then on.
    document.querySelector(name)!.shadowRoot!.querySelector('p')!.textContent = 'Kyiv, in the card.';
    await settled();
    expect(found()).toEqual(['Kyiv', 'Kyiv']);
  });

  it('are left alone inside an editor, as the walk leaves them', async () => {
    const name = newName();
    await scanPage(`<main><p>Kyiv first.</p><div contenteditable="true"><${name}></${name}></div></main>`);
    define(name, '<p>Putin, in the editor.</p>');
    document.querySelector('main')!.append(document.createElement('hr'));
    await settled();
    expect(found()).toEqual(['Kyiv']);
  });

  it('have their shadow root scanned a moment after the scan even if the page changes nothing else', async () => {
    const name = newName();
    await scanPage(`<main><p>Kyiv first.</p><${name}></${name}></main>`);
    define(name, '<p>Putin, in the card.</p>');
    await settled(1_100);
    expect(found()).toEqual(['Kyiv', 'Putin']);
  });
});
