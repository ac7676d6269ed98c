/**
 * The sentinel's look at a frame's text, in slices of the main thread: first the whole document (NameCheck: the
 * name keys in the glued text of its Text nodes and of the open shadow roots of its custom elements), then every
 * block whose text the page adds or changes (MutationBatches), the shadow roots found on the way, and the custom
 * elements that attach one later (LateHosts). It stops at the first key.
 */
import nameKeys from 'fact-context:name-keys';
import { insideSkipped } from '../content/scan/element-kinds';
import { LateHostChecks, LateHosts } from '../content/scan/late-hosts';
import { measure } from '../content/timing';
import { MutationBatches } from '../content/scan/mutation-batches';
import { NameCheck, keyTests } from '../content/scan/name-check';
import { later, cancel } from '../shared/timers';

/** The most main-thread time one slice takes. */
const SLICE_MS = 8;

export class Watch {
  private readonly tests = keyTests(nameKeys);
  private readonly batches = new MutationBatches(
    { changed() {}, removed() {}, batch: ({ roots }) => this.queue(roots) },
    () => false,
  );
  private readonly late = new LateHosts();
  private readonly lateChecks = new LateHostChecks((shadow) => {
    this.batches.observe(shadow);
    this.queue([shadow]);
  });
  /** Roots still to look at (the document first). */
  private readonly roots: Node[] = [];
  private check: NameCheck | undefined;
  private timer = 0;
  private looked = false;
  /** When the first look began (for its timing). */
  private began = 0;
  private stopped = false;

  /** `onKey` when some text holds a name key (the watch then stops); `onNone` once the first look found none. */
  constructor(
    private readonly onKey: () => void,
    private readonly onNone: () => void,
  ) {}

  start(): void {
    this.began = performance.now();
    this.batches.observe(document);
    this.queue([document.documentElement ?? document]);
  }

  private queue(roots: readonly Node[]): void {
    if (this.stopped) return;
    this.lateChecks.check();
    this.roots.push(...roots);
    if (!this.timer) this.timer = later(() => this.slice(), 0);
  }

  private slice(): void {
    this.timer = 0;
    const start = performance.now();
    const end = start + SLICE_MS;
    const timeUp = () => performance.now() > end;
    while (!this.stopped) {
      if (!this.check) {
        const root = this.roots.shift();
        if (!root) break;
        if (!root.isConnected || (root.nodeType === 1 && insideSkipped(root as Element))) continue;
        this.check = new NameCheck(document, this.tests, root);
      }
      const found = this.check.step(timeUp);
      if (found === undefined) {
        this.timer = later(() => this.slice(), 0);
        measure('slice', start);
        return;
      }
      if (found) {
        measure('slice', start);
        if (!this.looked) measure('wake', this.began);
        return this.stop();
      }
      for (const shadow of this.check.shadowRoots) this.batches.observe(shadow);
      for (const el of this.check.bareCustomElements) this.late.add(el);
      if (this.check.bareCustomElements.length) this.lateChecks.wait(this.late);
      this.check = undefined;
    }
    measure('slice', start);
    if (!this.looked && !this.stopped) {
      this.looked = true;
      measure('look', this.began);
      this.onNone();
    }
  }

  private stop(): void {
    this.stopped = true;
    this.batches.destroy();
    this.lateChecks.stop();
    cancel(this.timer);
    this.roots.length = 0;
    this.check = undefined;
    this.onKey();
  }
}
