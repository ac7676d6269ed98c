/**
 * The page scripts' timers: Chrome builds schedule with `scheduler.postTask` (Chrome fires no extension
 * `setTimeout` in a page whose JavaScript the reader blocked), Firefox builds with `setTimeout`; both cancel.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function timersFor(browser: 'chrome' | 'firefox') {
  vi.resetModules();
  vi.stubGlobal('__BROWSER__', browser);
  return import('../../../src/shared/timers');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('later and cancel', () => {
  it('in Chrome, run through scheduler.postTask with the delay; a cancelled one does nothing when it fires', async () => {
    const posted: { delay: number; task: () => void }[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (task: () => void, options: { delay: number }) => {
        posted.push({ ...options, task });
        return Promise.resolve();
      },
    });
    const { later, cancel } = await timersFor('chrome');
    const ran: string[] = [];
    const a = later(() => ran.push('a'), 250);
    const b = later(() => ran.push('b'));
    expect(posted.map((p) => p.delay)).toEqual([250, 0]);
    expect(a).toBeGreaterThan(0);
    expect(b).not.toBe(a);
    cancel(b);
    posted[1]!.task();
    posted[0]!.task();
    posted[0]!.task(); // fired once only, whatever the scheduler does
    expect(ran).toEqual(['a']);
    cancel(0);
    cancel(undefined);
    // A handle that already ran is never cleared as a timer id: that number may be one of the page's own timers.
    const clearTimeout = vi.spyOn(globalThis, 'clearTimeout');
    cancel(a);
    expect(clearTimeout).not.toHaveBeenCalled();
  });

  it('in Firefox (and where no scheduler exists), run through setTimeout', async () => {
    vi.useFakeTimers();
    const { later, cancel } = await timersFor('firefox');
    const ran: string[] = [];
    later(() => ran.push('a'), 100);
    const b = later(() => ran.push('b'), 50);
    cancel(b);
    vi.advanceTimersByTime(99);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['a']);
  });
});
