/**
 * Batches of the page's changes: changes close together make one batch; a page that never stops changing is read
 * again less and less often (about once a second), and a quiet moment makes the next change quick again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MutationBatches, type Batch } from '../../../../src/content/scan/mutation-batches';

let batches: Batch[];
let observed: MutationBatches;
let clock: HTMLElement;

/** Lets the observer's callback (a microtask) and due timers run. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  document.body.innerHTML = '<p id="clock">0</p><p>Other text.</p>';
  clock = document.getElementById('clock')!;
  batches = [];
  observed = new MutationBatches({ changed() {}, removed() {}, batch: (b) => batches.push(b) }, () => false);
  observed.observe(document);
});
afterEach(() => {
  observed.destroy();
  vi.useRealTimers();
});

describe('MutationBatches', () => {
  it('gathers the changes of a moment into one batch, 40 ms after the first', async () => {
    for (let i = 1; i <= 5; i++) clock.firstChild!.textContent = String(i);
    await advance(39);
    expect(batches).toHaveLength(0);
    await advance(1);
    expect(batches.map((b) => b.roots)).toEqual([[clock]]);
  });

  it('backs off from a page that changes a block every 10 ms, and is quick again after a quiet moment', async () => {
    for (let t = 0; t < 5_000; t += 10) {
      clock.firstChild!.textContent = String(t);
      await advance(10);
    }
    // Without the back-off: one batch every 40–50 ms, over 100 in 5 s.
    expect(batches.length).toBeGreaterThan(4);
    expect(batches.length).toBeLessThanOrEqual(12);
    await advance(3_000);
    const before = batches.length;
    clock.firstChild!.textContent = 'quiet';
    await advance(40);
    expect(batches.length).toBe(before + 1);
  });

  it('keeps a live blog that adds a post every few seconds quick', async () => {
    const delays: number[] = [];
    for (let post = 0; post < 4; post++) {
      const p = document.createElement('p');
      p.textContent = `Post ${post}`;
      const before = batches.length;
      document.body.append(p);
      let waited = 0;
      while (batches.length === before) {
        await advance(10);
        waited += 10;
      }
      delays.push(waited);
      await advance(3_000);
    }
    expect(delays).toEqual([40, 40, 40, 40]);
  });
});
