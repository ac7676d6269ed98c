/**
 * One background matches for every tab: without a schedule, a tab that sends a flood of text (dozens of frames
 * rewriting big blocks every few milliseconds) would hold the matcher and every other tab's scan would wait behind
 * it. Jobs queue per tab and run one at a time, taking turns between tabs, with a task boundary between jobs so
 * that requests that arrive meanwhile join their queues first: a tab gets its share however much the others send.
 */

/** One tab's waiting work may hold at most this many characters; a request beyond it is refused ("busy"). */
export const MAX_QUEUED_CHARS = 16_777_216;

interface Job {
  size: number;
  run: () => unknown;
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs a callback in a new task: a message channel's, which browsers do not clamp to 4 ms the way they clamp
 * nested timers (a 30-request scan would otherwise wait 120 ms for nothing).
 */
function nextTask(): (next: () => void) => void {
  if (typeof MessageChannel !== 'function') return (next) => void setTimeout(next, 0);
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return (next) => {
    waiting.push(next);
    channel.port2.postMessage(null);
  };
}

/** Jobs keyed by tab, run in turns. */
export class FairQueue {
  private readonly queues = new Map<number, { jobs: Job[]; chars: number }>();
  private scheduled = false;

  constructor(private readonly yieldNow: (next: () => void) => void = nextTask()) {}

  /** Runs `run` in `tab`'s turn; `size` (characters) counts against that tab's `MAX_QUEUED_CHARS`. */
  run<T>(tab: number, size: number, run: () => T): Promise<T> {
    let queue = this.queues.get(tab);
    if (queue && queue.chars + size > MAX_QUEUED_CHARS)
      return Promise.reject(new Error('busy: this tab has too much text waiting to be matched'));
    if (!queue) this.queues.set(tab, (queue = { jobs: [], chars: 0 }));
    queue.chars += size;
    const promise = new Promise<T>((resolve, reject) =>
      queue.jobs.push({ size, run, resolve: resolve as (value: never) => void, reject }),
    );
    this.schedule();
    return promise;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.yieldNow(() => this.turn());
  }

  /** Runs the first job of the tab whose turn it is, then moves that tab to the back of the line. */
  private turn(): void {
    this.scheduled = false;
    const next = this.queues.entries().next();
    if (next.done) return;
    const [tab, queue] = next.value;
    const job = queue.jobs.shift()!;
    queue.chars -= job.size;
    // Map order is insertion order: taking the tab out and back in puts it behind every other tab.
    this.queues.delete(tab);
    if (queue.jobs.length) this.queues.set(tab, queue);
    try {
      job.resolve(job.run() as never);
    } catch (error) {
      job.reject(error);
    }
    if (this.queues.size) this.schedule();
  }
}
