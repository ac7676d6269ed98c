/**
 * Which answers of the matcher are still good. Matching runs in the background, so an answer comes back after
 * the page may have changed its text. Every request remembers the re-scan count when it was sent (`seq`) and the
 * count of removals seen then; the re-scans after it say which of its text a newer request covers (that request's
 * own answer has those mentions), and a removal since then means some of its text may have left the page. A full
 * re-scan (a new generation) drops every older request at once.
 *
 * No DOM here: the roots are opaque keys, so the state machine is unit-tested in node.
 */

/** Text sent to the matcher and not yet applied. */
export interface Request<Chunk> {
  readonly generation: number;
  /** The re-scan count when it was sent: re-scans after it may make parts of its answer stale. */
  readonly seq: number;
  /** The count of removals seen when its text was read. */
  readonly removals: number;
  readonly chunks: readonly Chunk[];
  /** Part of the full scan (its answer may be kept as pending spans: see `untouched`). */
  readonly full: boolean;
}

/** The requests of one frame's scanner, and what happened to the page since each was sent. */
export class Requests<Chunk, Root> {
  private current = 0;
  private seq = 0;
  private removalCount = 0;
  /** The removal count when the full walk began: its held text is as old as that. */
  private fullRemovals = 0;
  /** The roots each re-scan walked again, kept while an older request is outstanding. */
  private rewalks: { seq: number; roots: readonly Root[] }[] = [];
  private readonly outstanding = new Set<Request<Chunk>>();
  private fullOutstanding = 0;

  /** The generation now: bumped by every full scan and by `stop`; work of an older one does nothing. */
  get generation(): number {
    return this.current;
  }

  /** True while some request of the full scan has not been applied. */
  get fullPending(): boolean {
    return this.fullOutstanding > 0;
  }

  /** True while any request waits for its answer or for it to be applied. */
  get waiting(): boolean {
    return this.outstanding.size > 0;
  }

  /** Mutation records that removed nodes, so far. */
  get removals(): number {
    return this.removalCount;
  }

  /** A full scan starts (or everything stops): every request sent so far is dropped. */
  restart(): void {
    this.current++;
    this.outstanding.clear();
    this.rewalks = [];
    this.fullOutstanding = 0;
    this.fullRemovals = this.removalCount;
  }

  /** The full walk begins now (after the first look): the text it holds is as old as this. */
  fullWalkBegins(): void {
    this.fullRemovals = this.removalCount;
  }

  /** The page removed nodes. */
  removed(): void {
    this.removalCount++;
  }

  /** A new request for these chunks' text. */
  open(chunks: readonly Chunk[], full: boolean): Request<Chunk> {
    const request = {
      generation: this.current,
      seq: this.seq,
      removals: full ? this.fullRemovals : this.removalCount,
      chunks,
      full,
    };
    this.outstanding.add(request);
    if (full) this.fullOutstanding++;
    return request;
  }

  /** True while the request's answer may still be applied. */
  live(request: Request<Chunk>): boolean {
    return request.generation === this.current && this.outstanding.has(request);
  }

  /** The request is finished (applied or failed); false if it was no longer outstanding. */
  settle(request: Request<Chunk>): boolean {
    if (!this.outstanding.delete(request)) return false;
    if (request.full) this.fullOutstanding--;
    let oldest = Infinity;
    for (const r of this.outstanding) oldest = Math.min(oldest, r.seq);
    this.rewalks = this.rewalks.filter((r) => r.seq > oldest);
    return true;
  }

  /** A re-scan walks these roots again: answers still to come for their text are stale from now on. */
  rewalked(roots: readonly Root[]): void {
    this.seq++;
    if (this.outstanding.size && roots.length) this.rewalks.push({ seq: this.seq, roots });
  }

  /** The roots re-scanned after the request was sent, if any (undefined: none of its text was walked again). */
  staleRoots(request: Request<Chunk>): Set<Root> | undefined {
    if (request.seq === this.seq) return undefined;
    const roots = new Set<Root>();
    for (const r of this.rewalks) if (r.seq > request.seq) for (const root of r.roots) roots.add(root);
    return roots.size ? roots : undefined;
  }

  /** True for a full-scan request none of whose text the page has changed since it was read. */
  untouched(request: Request<Chunk>): boolean {
    return request.full && !this.staleRoots(request) && request.removals === this.removalCount;
  }
}
