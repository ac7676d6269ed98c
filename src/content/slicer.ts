/**
 * Runs long work in slices of about 8 ms so that no task the page sees exceeds 50 ms. A job is called with
 * a `timeUp` function and returns true when it has finished; unfinished jobs continue in the next slice.
 */
import { measure } from './timing';
import { Waiters } from './waiters';
import { later, cancel } from '../shared/timers';

export type Job = (timeUp: () => boolean) => boolean;

export class Slicer {
  private readonly jobs: Job[] = [];
  private timer = 0;
  private stopped = false;
  /** True inside a slice: jobs pushed then run in it, time permitting, or the next one it schedules. */
  private running = false;
  /** Who waits for the queue to empty (see `idle`). */
  private readonly idleWaiters = new Waiters();

  constructor(private readonly sliceMs = 8) {}

  /** True while work is queued. */
  get busy(): boolean {
    return this.jobs.length > 0;
  }

  /** Resolves when the queue is empty (see Waiters). */
  idle(): Promise<void> {
    return this.jobs.length ? this.idleWaiters.wait() : Promise.resolve();
  }

  /**
   * Queues a job; the first slice runs on the next macrotask, or now with `now` when nothing else is queued
   * (small follow-up work then costs no extra task). False when the slicer was stopped (the job never runs).
   */
  push(job: Job, now = false): boolean {
    if (this.stopped) return false;
    this.jobs.push(job);
    if (this.running) return true;
    if (now && this.jobs.length === 1) this.run();
    else this.schedule();
    return true;
  }

  /** Drops all queued work. */
  stop(): void {
    this.stopped = true;
    this.jobs.length = 0;
    cancel(this.timer);
    this.idleWaiters.wake();
  }

  private schedule(): void {
    if (!this.timer) this.timer = later(() => this.run(), 0);
  }

  private run(): void {
    cancel(this.timer);
    this.timer = 0;
    const began = performance.now();
    const end = began + this.sliceMs;
    const timeUp = () => performance.now() >= end;
    this.running = true;
    try {
      while (this.jobs.length && !this.stopped) {
        const job = this.jobs[0]!;
        if (job(timeUp)) this.jobs.shift();
        if (timeUp()) break;
      }
    } finally {
      this.running = false;
    }
    measure('slice', began);
    if (this.jobs.length && !this.stopped) this.schedule();
    else this.idleWaiters.wake();
  }
}
