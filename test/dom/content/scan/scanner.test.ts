/**
 * The scanner's answers arrive later than its walk (matching runs in the background): mentions appear when the
 * answer does, an answer for text the page changed or removed meanwhile is dropped in favour of the re-scan's,
 * a full re-scan drops every older answer, and a failed answer never stalls the scan. The matcher is a fake
 * whose answers the test releases one by one; nothing is painted (happy-dom has no Highlight API).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packMentions } from '../../../../src/match/packed';
import { putinKyivIn } from '../fake-matcher';
import type { MatchTexts } from '../../../../src/content/scan/match-client';
import { LIMITS, Scanner } from '../../../../src/content/scan/scanner';
import { Slicer } from '../../../../src/content/slicer';
import { RunWalker } from '../../../../src/content/scan/text-runs';
import { scanEvents } from '../scan-events';

(globalThis as Record<string, unknown>).__DEV__ = false;

/** Finds "Putin" and "Kyiv"; each call waits until the test answers it (or fails it). */
function heldMatcher() {
  const calls: { texts: string[][]; answer(): void; fail(): void }[] = [];
  const match: MatchTexts = (texts) =>
    new Promise((resolve, reject) => {
      const found = putinKyivIn(texts);
      calls.push({ texts, answer: () => resolve(packMentions(found)), fail: () => reject(new Error('no background')) });
    });
  return { match, calls };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits for the scanner to have sent `n` requests in all (walks and re-scans run in slices and batches). */
async function sent(calls: unknown[], n: number) {
  for (let i = 0; i < 100 && calls.length < n; i++) await wait(10);
  expect(calls).toHaveLength(n);
}
/** Starts a full scan whose answers wait for the test, and waits for its first request. */
async function scanWithHeldAnswers(onChange = () => {}) {
  const { match, calls } = heldMatcher();
  const started = new Scanner(document, slicer, scanEvents(onChange), match, () => false);
  scanner = started;
  started.scanAll();
  await sent(calls, 1);
  return { scanner: started, calls };
}
const found = (scanner: Scanner) => scanner.store.inOrder().map((m) => `${m.actorId}:${m.text}`);

let slicer: Slicer;
let scanner: Scanner | undefined;

beforeEach(() => {
  slicer = new Slicer();
  document.body.innerHTML = '<main><p id="a">Vladimir <b>Putin</b> spoke.</p><p id="b">Talks in Kyiv.</p></main>';
});
afterEach(() => {
  scanner?.destroy();
  slicer.stop();
});

describe('the scanner with a matcher that answers later', () => {
  it('adds the mentions when the answer arrives, mapped to the page’s text nodes', async () => {
    const { scanner, calls } = await scanWithHeldAnswers();
    expect(scanner.store.size).toBe(0);
    expect(scanner.scanning).toBe(true);
    calls[0]!.answer();
    await scanner.idle();
    expect(found(scanner)).toEqual(['putin:Putin', 'kyiv:Kyiv']);
    expect(scanner.store.inOrder()[0]!.startContainer.parentElement!.tagName).toBe('B');
    expect(scanner.scanning).toBe(false);
  });

  it('drops an answer for text the page changed meanwhile, and keeps the re-scan’s', async () => {
    const { scanner, calls } = await scanWithHeldAnswers();
    document.querySelector('#a b')!.firstChild!.textContent = 'Kyiv';
    await sent(calls, 2); // the re-scan of the edited paragraph
    calls[1]!.answer();
    calls[0]!.answer(); // the stale one arrives last
    await scanner.idle();
    expect(found(scanner)).toEqual(['kyiv:Kyiv', 'kyiv:Kyiv']);
  });

  it('drops an answer for text the page removed meanwhile', async () => {
    const { scanner, calls } = await scanWithHeldAnswers();
    document.querySelector('#b')!.remove();
    calls[0]!.answer();
    await scanner.idle();
    expect(found(scanner)).toEqual(['putin:Putin']);
  });

  it('drops every older answer when the whole page is scanned again (a language change)', async () => {
    const { scanner, calls } = await scanWithHeldAnswers();
    scanner.scanAll();
    await sent(calls, 2);
    calls[1]!.answer();
    calls[0]!.answer();
    await scanner.idle();
    expect(found(scanner)).toEqual(['putin:Putin', 'kyiv:Kyiv']);
  });

  it('finishes the scan, empty-handed, when the matcher cannot answer, and keeps following the page', async () => {
    const { scanner, calls } = await scanWithHeldAnswers();
    calls[0]!.fail();
    await scanner.idle();
    expect(scanner.scanning).toBe(false);
    expect(scanner.store.size).toBe(0);
    const p = document.createElement('p');
    p.textContent = 'Putin again.';
    document.querySelector('main')!.append(p);
    await sent(calls, 2);
    calls[1]!.answer();
    await scanner.idle();
    expect(found(scanner)).toEqual(['putin:Putin']);
  });

  it('sends a long page’s text when its walk is over, the top of the page in a message of its own, and gets every mention', async () => {
    const filler = 'Talks went on all week without any news from the capital or anywhere else. '.repeat(40);
    const blocks = Array.from(
      { length: 240 },
      (_, i) => `<p>${i === 0 || i === 239 ? 'Putin said so. ' : ''}${filler}</p>`,
    );
    document.body.innerHTML = `<main>${blocks.join('')}</main>`;
    const { match, calls } = heldMatcher();
    scanner = new Scanner(document, slicer, scanEvents(), match, () => false);
    scanner.scanAll();
    for (let i = 0; i < 100 && !calls.length; i++) await wait(5);
    calls[0]!.answer();
    await wait(30);
    // The top of the page is highlighted before the rest of the walk's text has been matched.
    expect(found(scanner)).toEqual(['putin:Putin']);
    const total = document.body.textContent!.length;
    for (let i = 0; i < 200 && calls.reduce((n, c) => n + c.texts.flat().join('').length, 0) < total - 1000; i++)
      await wait(10);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    // Messages of about 256 KB at most (a chunk of ~16 KB may go over).
    expect(Math.max(...calls.map((c) => c.texts.flat().join('').length))).toBeLessThan(262_144 + 20_000);
    expect(scanner.scanning).toBe(true);
    for (const call of calls.slice(1)) call.answer();
    await scanner.idle();
    expect(found(scanner)).toEqual(['putin:Putin', 'putin:Putin']);
    expect(scanner.scanning).toBe(false);
  });

  it('stops walking a huge page once the answers reach the mention cap, holding only so much text', async () => {
    const saved = { ...LIMITS };
    Object.assign(LIMITS, { mentions: 30, held: 20_000 });
    // Short slices, and a matcher that answers at once: answers arrive between slices, as a fast background's would.
    const fast = new Slicer(1);
    try {
      document.body.innerHTML = `<main>${Array.from({ length: 3000 }, () => `<p>${'Putin spoke in Kyiv. '.repeat(10)}</p>`).join('')}</main>`;
      const pageChars = document.body.textContent!.length;
      const { match, calls } = heldMatcher();
      const answering: MatchTexts = (texts) => {
        const answer = match(texts);
        calls.at(-1)!.answer();
        return answer;
      };
      scanner = new Scanner(document, fast, scanEvents(), answering, () => false);
      scanner.scanAll();
      await scanner.idle();
      expect(scanner.capped).toBe(true);
      expect(scanner.store.size).toBe(30);
      const sentChars = calls.reduce((n, c) => n + c.texts.flat().join('').length, 0);
      expect(sentChars).toBeLessThan(pageChars / 4);
    } finally {
      Object.assign(LIMITS, saved);
      fast.stop();
    }
  });

  it('keeps a full scan’s mentions pending, and re-scans pending text the page edits without keeping the old mention', async () => {
    const { scanner, calls } = await scanWithHeldAnswers();
    calls[0]!.answer();
    await scanner.idle();
    expect(scanner.store.size).toBe(2);
    expect(scanner.store.blocksInOrder()).toEqual([]); // pending: no page mention made yet
    document.querySelector('#a b')!.firstChild!.textContent = 'Kyiv';
    await sent(calls, 2);
    calls[1]!.answer();
    await scanner.idle();
    expect(found(scanner)).toEqual(['kyiv:Kyiv', 'kyiv:Kyiv']);
    expect(scanner.store.counts()).toEqual({ kyiv: 2 });
  });

  it('no longer counts pending mentions whose text the page removed', async () => {
    const { scanner, calls } = await scanWithHeldAnswers();
    calls[0]!.answer();
    await scanner.idle();
    expect(scanner.store.counts()).toEqual({ putin: 1, kyiv: 1 });
    document.querySelector('#b')!.remove();
    for (let i = 0; i < 50 && scanner.store.size > 1; i++) await wait(10);
    expect(scanner.store.counts()).toEqual({ putin: 1 });
  });

  it('makes no pending mention of text the page removed while the walk was still going', async () => {
    // A page slow to walk (2 ms a chunk, in 1 ms slices); a paragraph it has walked is removed before the walk ends.
    const filler = 'Talks went on all week without any news from the capital or anywhere else. '.repeat(40);
    document.body.innerHTML = `<main><p id="a">Putin said so.</p><p id="b">Kyiv too.</p>${Array.from({ length: 100 }, () => `<p>${filler}</p>`).join('')}</main>`;
    const { match, calls } = heldMatcher();
    const short = new Slicer(1);
    const next = RunWalker.prototype.next;
    const slow = vi.spyOn(RunWalker.prototype, 'next').mockImplementation(function (this: RunWalker) {
      const end = performance.now() + 2;
      while (performance.now() < end);
      return next.call(this);
    });
    try {
      scanner = new Scanner(document, short, scanEvents(), match, () => false);
      scanner.scanAll();
      await wait(0);
      expect(calls).toHaveLength(0); // still walking: nothing sent yet
      document.querySelector('#b')!.remove();
      for (let i = 0; i < 200 && !calls.length; i++) await wait(5);
      await wait(60); // the removal's batch runs before the answer is applied
      calls.forEach((c) => c.answer());
      await scanner.idle();
      expect(scanner.store.counts()).toEqual({ putin: 1 });
    } finally {
      slow.mockRestore();
      short.stop();
    }
  });

  it('counts a paragraph the page moves once, whether its mentions were made or still pending', async () => {
    const { scanner, calls } = await scanWithHeldAnswers();
    calls[0]!.answer();
    await scanner.idle();
    const main = document.querySelector('main')!;
    // Still pending: moved to the end of the page (a removal and an addition in one batch).
    main.append(document.querySelector('#a')!);
    await sent(calls, 2);
    calls[1]!.answer();
    await scanner.idle();
    expect(scanner.store.counts()).toEqual({ putin: 1, kyiv: 1 });
    expect(found(scanner)).toEqual(['kyiv:Kyiv', 'putin:Putin']);
    // Made by now: moved back to the top.
    main.prepend(document.querySelector('#a')!);
    await sent(calls, 3);
    calls[2]!.answer();
    await scanner.idle();
    expect(found(scanner)).toEqual(['putin:Putin', 'kyiv:Kyiv']);
    // A paragraph added whole, with nothing removed, is scanned once.
    main.insertAdjacentHTML('beforeend', '<p>Putin again.</p>');
    await sent(calls, 4);
    calls[3]!.answer();
    await scanner.idle();
    expect(found(scanner)).toEqual(['putin:Putin', 'kyiv:Kyiv', 'putin:Putin']);
  });

  it('re-scans a block with a web component in it without doubling the component’s mentions', async () => {
    document.body.innerHTML = '<main><p id="a">Kyiv <x-card></x-card></p></main>';
    document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<span>Putin spoke</span>';
    const { scanner, calls } = await scanWithHeldAnswers();
    calls[0]!.answer();
    await scanner.idle();
    expect(scanner.store.counts()).toEqual({ kyiv: 1, putin: 1 });
    document.querySelector('#a')!.firstChild!.textContent = 'Kyiv! ';
    await sent(calls, 2);
    calls[1]!.answer();
    await scanner.idle();
    expect(scanner.store.counts()).toEqual({ kyiv: 1, putin: 1 });
    expect(found(scanner).sort()).toEqual(['kyiv:Kyiv', 'putin:Putin']);
  });

  it('never re-scans text the page adds inside an editor, a text field or a hidden subtree', async () => {
    document.body.innerHTML =
      '<main><p>Kyiv first.</p><div contenteditable="true"><p>Draft</p></div><textarea></textarea><section hidden><p>x</p></section><div class="ProseMirror"><p>y</p></div></main>';
    const { scanner, calls } = await scanWithHeldAnswers();
    calls[0]!.answer();
    await scanner.idle();
    for (const selector of ['[contenteditable] p', 'section[hidden] p', '.ProseMirror p'])
      document.querySelector(selector)!.append(' Putin typed here');
    document.querySelector('textarea')!.append('Putin in a field');
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Kyiv outside.</p>');
    await sent(calls, 2);
    expect(calls[1]!.texts.join('\n')).toBe('Kyiv outside.');
  });

  it('lists a web component’s mentions where the component is on the page', async () => {
    document.body.innerHTML = '<main><p>Kyiv first.</p><x-card></x-card><p>Kyiv last.</p></main>';
    document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Putin, in the card.</p>';
    const { scanner, calls } = await scanWithHeldAnswers();
    // Answer every request (the shadow root's text may travel in one of its own) until all three are in.
    for (let i = 0; i < 100 && scanner.store.size < 3; i++) {
      for (const call of calls) call.answer();
      await wait(5);
    }
    await scanner.idle();
    expect(found(scanner)).toEqual(['kyiv:Kyiv', 'putin:Putin', 'kyiv:Kyiv']);
  });

  it('ignores answers that arrive after it was destroyed', async () => {
    const changes: number[] = [];
    const { calls } = await scanWithHeldAnswers(() => changes.push(scanner!.store.size));
    scanner!.destroy();
    calls[0]!.answer();
    await wait(30);
    expect(scanner!.store.size).toBe(0);
    expect(changes.every((n) => n === 0)).toBe(true);
  });
});
