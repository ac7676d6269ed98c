/**
 * Timers for the scripts that run in pages (the sentinel, the content script, the card): `later` and `cancel` in
 * place of `setTimeout` and `clearTimeout`. Where a reader blocks JavaScript for a site in Chrome (Settings →
 * Privacy and security → Site settings → JavaScript), Chrome still runs an extension's scripts there, and their
 * promises, MutationObservers, animation frames and message events, but never fires their `setTimeout` callbacks:
 * Fact Context would stop in the middle of its first look. `scheduler.postTask` runs there, so Chrome builds use it
 * for every timer. Handles are numbers either way, 0 meaning none.
 */

interface PostTaskScheduler {
  postTask(task: () => void, options: { delay: number }): Promise<void>;
}

/**
 * The scheduler's timers not cancelled yet. A cancelled one still fires, and does nothing: an AbortController per
 * timer (the scheduler's own cancelling) cost the content script more than the rest of a page's 1 KB append.
 */
const live = new Set<number>();
let nextId = 0;
let scheduler: PostTaskScheduler | undefined | null = null;

function postTaskScheduler(): PostTaskScheduler | undefined {
  // (`typeof` first: tests run this module without the build's defines.)
  if (scheduler === null) {
    const chrome = typeof __BROWSER__ !== 'undefined' && __BROWSER__ === 'chrome';
    scheduler = chrome ? (globalThis as { scheduler?: PostTaskScheduler }).scheduler : undefined;
  }
  return scheduler;
}

/** Runs `task` after `ms` milliseconds (at the earliest); returns a handle for `cancel`. */
export function later(task: () => void, ms = 0): number {
  const tasks = postTaskScheduler();
  if (!tasks) return setTimeout(task, ms) as unknown as number;
  const id = ++nextId;
  live.add(id);
  tasks
    .postTask(
      () => {
        if (live.delete(id)) task();
      },
      { delay: ms },
    )
    .catch(() => undefined); // a task that threw: nothing reaches the page's console
  return id;
}

/**
 * Cancels a `later` that has not run yet; 0 or undefined is no timer. A handle of ours is never handed to
 * `clearTimeout` where `later` used the scheduler: timer ids are the page's, shared with every script in it, and
 * clearing one of ours that already ran would clear whichever of the page's own timers has that number.
 */
export function cancel(id: number | undefined): void {
  if (!id) return;
  if (!postTaskScheduler()) return clearTimeout(id);
  live.delete(id);
}
