/**
 * Callers waiting for something to happen (the slicer's queue to empty, the scanner to settle), woken together. They
 * wait without polling: a timer of their own would add tasks to the page that the benchmark counts as ours.
 */
export class Waiters {
  private waiting: (() => void)[] = [];

  /** Resolves at the next `wake`. */
  wait(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Resolves every waiting promise. */
  wake(): void {
    if (!this.waiting.length) return; // the usual case, on every slice and batch: nobody waits
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
