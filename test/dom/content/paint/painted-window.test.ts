/**
 * The painted window: only the blocks within two viewports of the visible one are painted, the window follows the
 * reader's scrolling once they have moved far enough, a live update's few new blocks are placed one by one, and
 * removed mentions are unpainted at once. Geometry is faked per block (happy-dom lays nothing out).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MentionStore } from '../../../../src/content/mentions/mention-store';
import { PaintedWindow } from '../../../../src/content/paint/painted-window';
import { mentionsOf } from '../mentions';

const HEIGHT = 800;
const BLOCKS = 40;
/** Each block is 200 px tall, one under the other; `scrollY` moves them all up. */
let scrollY = 0;
const place = (block: Element, index: number) => {
  block.getBoundingClientRect = () => {
    const top = index * 200 - scrollY;
    return { top, bottom: top + 200, left: 0, right: 600, width: 600, height: 200, x: 0, y: top } as DOMRect;
  };
};
/** The page scrolls: the blocks move up and the page's scroller says where it is. */
const scrollTo = (y: number) => {
  scrollY = y;
  Object.defineProperty(document.scrollingElement ?? document.documentElement, 'scrollTop', {
    value: y,
    configurable: true,
  });
};
const frames = () => new Promise((r) => setTimeout(r, 60));

let store: MentionStore;
let painted: Set<string>;
let win: PaintedWindow;
let paintedCalls: number;

beforeEach(() => {
  scrollTo(0);
  Object.defineProperty(window, 'innerHeight', { value: HEIGHT, configurable: true });
  document.body.innerHTML = Array.from({ length: BLOCKS }, (_, i) => `<p id="p${i}">Putin, block ${i}.</p>`).join('');
  store = new MentionStore();
  for (let i = 0; i < BLOCKS; i++) {
    const block = document.getElementById(`p${i}`)!;
    place(block, i);
    store.add(mentionsOf(`p${i}`), true);
  }
  painted = new Set();
  paintedCalls = 0;
  win = new PaintedWindow(
    store,
    {
      paint: (mentions, block) => {
        const fresh = mentions.length > 0 && !painted.has(block.id);
        painted.add(block.id);
        return fresh;
      },
      unpaint: (m) => painted.delete(m.block.id),
    },
    () => paintedCalls++,
  );
});
afterEach(() => win.destroy());

const ids = () => [...painted].map((id) => Number(id.slice(1))).sort((a, b) => a - b);

describe('the painted window', () => {
  it('paints the blocks within two viewports below the visible one, and none beyond', async () => {
    win.refresh();
    await frames();
    // The viewport shows blocks 0-3 (800 px); two more viewports reach to 2400 px: blocks 0-12 (12 starts there).
    expect(ids()).toEqual(Array.from({ length: 13 }, (_, i) => i));
    expect(paintedCalls).toBeGreaterThan(0);
  });

  it('follows the reader down the page once they scrolled far enough, and unpaints what is left behind', async () => {
    win.refresh();
    await frames();
    scrollTo(4000); // blocks 20-23 visible
    win.scrolled(document);
    await frames();
    // Two viewports above (from 2400 px: block 11 ends there) and below (to 6400 px: block 32 starts there).
    expect(ids()[0]).toBe(11);
    expect(ids().at(-1)).toBe(32);
    expect(painted.has('p0')).toBe(false);
  });

  it('does not recompute the window for a small scroll', async () => {
    win.refresh();
    await frames();
    const before = paintedCalls;
    scrollTo(300);
    win.scrolled(document);
    await frames();
    expect(paintedCalls).toBe(before);
  });

  it('places a live update’s new block at once when it is in the window, and leaves a far one unpainted', async () => {
    win.refresh();
    await frames();
    document.body.insertAdjacentHTML('beforeend', '<p id="near">Kyiv now.</p><p id="far">Kyiv later.</p>');
    place(document.getElementById('near')!, 5);
    place(document.getElementById('far')!, 30);
    const added = [...mentionsOf('near'), ...mentionsOf('far')];
    store.add(added, true);
    win.pageChanged();
    await frames(); // a frame has laid out the change
    win.track(added);
    expect(painted.has('near')).toBe(true);
    expect(painted.has('far')).toBe(false);
  });

  it('unpaints removed mentions at once', async () => {
    win.refresh();
    await frames();
    const gone = store.removeNodes([...document.getElementById('p2')!.childNodes] as Text[]);
    win.untrack(gone);
    expect(painted.has('p2')).toBe(false);
  });

  it('does nothing after it is destroyed', async () => {
    win.refresh();
    win.destroy();
    await frames();
    expect(painted.size).toBe(0);
  });
});
