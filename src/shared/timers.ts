/**
 * Timers for the scripts that run in pages (the sentinel, the content script, the card): `later` and `cancel` in
 * place of `setTimeout` and `clearTimeout`. Where a reader blocks JavaScript for a site in Chrome (Settings →
 * Privacy and security → Site settings → JavaScript), Chrome still runs an extension's scripts there, and their
 * promises, MutationObservers, animation frames and message events, but never fires their `setTimeout` callbacks:
 * Fact Context would stop in the middle of its first look. `scheduler.postTask` runs there, so Chrome builds use it
 * for every timer. Handles are numbers either way, 0 meaning none.
 */

interface PostTaskScheduler {
  postTask(task: () => void, options: { delay: number; signal: AbortSignal }): Promise<void>;
}

const pending = new Map<number, AbortController>();
let nextId = 0;

function postTaskScheduler(): PostTaskScheduler | undefined {
  // (`typeof` first: tests run this module without the build's defines.)
  const chrome = typeof __BROWSER__ !== 'undefined' && __BROWSER__ === 'chrome';
  return chrome ? (globalThis as { scheduler?: PostTaskScheduler }).scheduler : undefined;
}

/** Runs `task` after `ms` milliseconds (at the earliest); returns a handle for `cancel`. */
export function later(task: () => void, ms = 0): number {
  const scheduler = postTaskScheduler();
  if (!scheduler) return setTimeout(task, ms) as unknown as number;
  const id = ++nextId;
  const controller = new AbortController();
  pending.set(id, controller);
  scheduler
    .postTask(
      () => {
        pending.delete(id);
        task();
      },
      { delay: ms, signal: controller.signal },
    )
    .catch(() => undefined); // cancelled
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
  pending.get(id)?.abort();
  pending.delete(id);
}
