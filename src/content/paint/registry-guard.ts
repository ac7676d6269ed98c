/**
 * Keeps our highlights in the page's registry. `CSS.highlights` is one per document, shared with the page, which
 * may delete or replace our entries (a framework that resets the registry, or a page that dislikes us). Checking is
 * cheap (a few Map lookups), so it runs on the reader's actions and the page's DOM batches; after a deletion it also
 * re-checks on its own for a few seconds, backing off, since a page that deleted them once may do it again.
 */
import type { Painter } from './painter';
import { later, cancel } from '../../shared/timers';

/** The watchdog's first delay after a restoration, doubled each time up to `LAST_DELAY_MS`. */
const FIRST_DELAY_MS = 100;
const LAST_DELAY_MS = 3_200;
/** A page's DOM batches check at most this often (a page that deletes our entries does so as it changes its DOM). */
const BATCH_CHECK_MS = 250;

export class RegistryGuard {
  private readonly everRegistered = new Set<string>();
  private watchdog = 0;
  private watchdogDelay = 0;
  private checkedAt = -Infinity;

  constructor(private readonly painter: Pick<Painter, 'names' | 'live'>) {}

  /** Puts our highlights back if the page deleted or replaced them (nothing before something is painted). */
  ensure(): void {
    if (!this.painter.live) return;
    const registry = CSS.highlights;
    let restored = false;
    for (const [highlight, name] of this.painter.names) {
      if (registry.get(name) !== highlight) {
        registry.set(name, highlight);
        // The first registration of a name is not a restoration (no page deleted anything yet).
        restored ||= this.everRegistered.has(name);
        this.everRegistered.add(name);
      }
    }
    if (restored) this.watchdogDelay = FIRST_DELAY_MS;
    if (restored || this.watchdog) this.arm(restored);
  }

  /** The page's DOM changed: checks, at most every BATCH_CHECK_MS. */
  ensureAfterBatch(): void {
    const now = performance.now();
    if (now - this.checkedAt < BATCH_CHECK_MS) return;
    this.checkedAt = now;
    this.ensure();
  }

  /** Stops the watchdog. */
  destroy(): void {
    cancel(this.watchdog);
    this.watchdog = 0;
  }

  private arm(reset: boolean): void {
    if (this.watchdog && !reset) return;
    cancel(this.watchdog);
    this.watchdog = later(() => {
      this.watchdog = 0;
      this.watchdogDelay *= 2;
      if (this.watchdogDelay <= LAST_DELAY_MS) {
        this.ensure();
        if (!this.watchdog) this.arm(false);
      }
    }, this.watchdogDelay);
  }
}
