/** The slicer: work in order, in slices, and small follow-up work without an extra task. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Slicer } from '../../../src/content/slicer';

const tick = () => new Promise((r) => setTimeout(r, 0));
let slicer: Slicer;
afterEach(() => slicer.stop());

describe('Slicer', () => {
  it('runs a job at once when asked and nothing else is queued', () => {
    slicer = new Slicer();
    const ran: string[] = [];
    slicer.push(() => (ran.push('now'), true), true);
    expect(ran).toEqual(['now']);
  });

  it('keeps page order: a job asked to run at once waits behind queued work', async () => {
    slicer = new Slicer();
    const ran: string[] = [];
    slicer.push(() => (ran.push('first'), true));
    slicer.push(() => (ran.push('second'), true), true);
    expect(ran).toEqual([]);
    await slicer.idle();
    expect(ran).toEqual(['first', 'second']);
  });

  it('runs a job pushed from inside a slice in that slice, time permitting, with no timer of its own', async () => {
    slicer = new Slicer();
    const ran: string[] = [];
    const timers = vi.spyOn(window, 'setTimeout');
    try {
      slicer.push(() => {
        ran.push('outer');
        slicer.push(() => (ran.push('inner'), true));
        return true;
      });
      expect(timers).toHaveBeenCalledTimes(1); // the first push's slice
      await tick();
      expect(ran).toEqual(['outer', 'inner']);
      expect(timers).toHaveBeenCalledTimes(2); // and this test's own tick: the inner job added none
    } finally {
      timers.mockRestore();
    }
  });

  it('continues an unfinished job in later slices, and stops for good', async () => {
    slicer = new Slicer(1);
    let steps = 0;
    slicer.push((timeUp) => {
      while (!timeUp()) steps++;
      return steps > 1e9;
    });
    for (let i = 0; i < 50 && !steps; i++) await tick();
    const afterOne = steps;
    expect(afterOne).toBeGreaterThan(0);
    for (let i = 0; i < 50 && steps === afterOne; i++) await tick();
    expect(steps).toBeGreaterThan(afterOne);
    slicer.stop();
    const stopped = steps;
    await tick();
    await tick();
    expect(steps).toBe(stopped);
    expect(slicer.busy).toBe(false);
  });
});
