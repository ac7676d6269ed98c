/** Matching takes turns between tabs: a tab with a long queue does not hold back another tab's request. */
import { describe, expect, it } from 'vitest';
import { FairQueue, MAX_QUEUED_CHARS } from '../../../src/background/fair-queue';

describe('FairQueue', () => {
  it('serves tabs in turns, whatever order their jobs came in', async () => {
    const order: string[] = [];
    const queue = new FairQueue();
    const jobs = [
      ...Array.from({ length: 5 }, (_, i) => queue.run(1, 10, () => order.push(`flood${i}`))),
      queue.run(2, 10, () => order.push('other')),
    ];
    await Promise.all(jobs);
    expect(order.indexOf('other')).toBeLessThanOrEqual(1);
    expect(order.filter((o) => o.startsWith('flood'))).toEqual(['flood0', 'flood1', 'flood2', 'flood3', 'flood4']);
  });

  it('lets a request that arrives while a flood runs go next', async () => {
    const order: string[] = [];
    const queue = new FairQueue();
    const flood = Array.from({ length: 20 }, (_, i) =>
      queue.run(1, 10, () => {
        order.push(`flood${i}`);
        if (i === 3) void queue.run(2, 10, () => order.push('late'));
      }),
    );
    await Promise.all(flood);
    await new Promise((r) => setTimeout(r, 10));
    expect(order.indexOf('late')).toBe(order.indexOf('flood3') + 2);
  });

  it('passes on results and errors, and refuses a tab whose waiting text is over the cap', async () => {
    const queue = new FairQueue();
    expect(await queue.run(1, 1, () => 42)).toBe(42);
    await expect(
      queue.run(1, 1, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const first = queue.run(3, MAX_QUEUED_CHARS, () => 'ok');
    await expect(queue.run(3, 1, () => 'too much')).rejects.toThrow(/busy/);
    expect(await queue.run(4, 1, () => 'another tab')).toBe('another tab');
    expect(await first).toBe('ok');
  });
});
