/**
 * The page's DOM changes, gathered into batches: a MutationObserver collects the blocks whose text changed, and
 * `BATCH_MS` after the first change the scanner re-scans them together. A page that changes a block many times in
 * a row (a ticker, a live blog) then costs one re-scan per batch, not one per change. A page that never stops
 * changing (an animation written as DOM edits, a storm of mutations) backs the batches off: each change that comes
 * soon after the last batch doubles the wait, up to `MAX_BATCH_MS`, so its re-scans cost the page few frames;
 * a quiet moment brings the wait back to `BATCH_MS`.
 */
import { measure } from '../timing';
import { blockOf, isBlock } from './element-kinds';
import { later, cancel } from '../../shared/timers';

const BATCH_MS = 40;
/** The longest wait: a block that keeps changing is read again about once a second, as often as a reader could tell. */
const MAX_BATCH_MS = 1_000;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** One batch of the page's changes. */
export interface Batch {
  /** The blocks (or text nodes) whose text changed, in no particular order. */
  readonly roots: readonly Node[];
  /** True when nodes were removed: mentions whose text left the page must be dropped. */
  readonly sweep: boolean;
  /** Blocks added whole, when nothing was removed: no text of theirs was scanned before. */
  readonly fresh: ReadonlySet<Node> | undefined;
}

/** What the batches report to. */
export interface BatchListener {
  /** The page changed its DOM (the batch is handled later). */
  changed(): void;
  /** A record removed nodes. */
  removed(): void;
  /** The batch is due. */
  batch(batch: Batch): void;
}

export class MutationBatches {
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Node>();
  private readonly added = new Set<Node>();
  private sweep = false;
  private timer = 0;
  /** The wait of the next batch, and when the last one was handled. */
  private delay = BATCH_MS;
  private lastFlush = -Infinity;

  constructor(
    private readonly listener: BatchListener,
    private readonly isOwnUi: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** True while a batch is waiting for its turn. */
  get pending(): boolean {
    return this.timer !== 0;
  }

  /** Starts observing `root` (the document, or an open shadow root). */
  observe(root: Node): void {
    this.observer.observe(root, OBSERVE);
  }

  /** Stops observing everything (a full scan observes again what it walks). */
  disconnect(): void {
    this.observer.disconnect();
  }

  /** Stops observing and drops the batch that was waiting. */
  destroy(): void {
    this.observer.disconnect();
    cancel(this.timer);
    this.timer = 0;
    this.roots.clear();
    this.added.clear();
  }

  private onMutations(records: MutationRecord[]): void {
    const began = performance.now();
    this.listener.changed();
    this.collect(records);
    if ((this.roots.size || this.sweep) && !this.timer) {
      // Changing again within twice the last wait of the last batch: the page is busy, so wait longer.
      const busy = performance.now() - this.lastFlush < 2 * this.delay;
      this.delay = busy ? Math.min(2 * this.delay, MAX_BATCH_MS) : BATCH_MS;
      this.timer = later(() => this.flush(), this.delay);
    }
    measure('observer', began);
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (this.isOwnUi(target)) continue;
      if (record.type === 'characterData') {
        this.addRoot(blockOf(target));
        continue;
      }
      if (record.removedNodes.length) {
        this.sweep = true;
        this.listener.removed();
        for (const node of record.removedNodes) {
          // Removing inline text changes how the text around it joins; a removed block affects only itself.
          if (node.nodeType !== 1 || !isBlock(node as Element)) this.addRoot(blockOf(target));
        }
      }
      for (const node of record.addedNodes) {
        if (this.isOwnUi(node)) continue;
        if (node.nodeType === 1 && isBlock(node as Element)) {
          this.roots.add(node);
          this.added.add(node);
        } else {
          this.addRoot(blockOf(target));
        }
      }
    }
  }

  private addRoot(node: Node | null): void {
    if (node) this.roots.add(node);
  }

  private flush(): void {
    this.timer = 0;
    this.lastFlush = performance.now();
    const roots = [...this.roots];
    this.roots.clear();
    const sweep = this.sweep;
    this.sweep = false;
    // A node moved within the page is reported as removed too: then the batch's added blocks may hold scanned text.
    const fresh = sweep ? undefined : new Set(this.added);
    this.added.clear();
    this.listener.batch({ roots, sweep, fresh });
  }
}
