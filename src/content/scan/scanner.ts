/**
 * Finds the mentions of one frame: a time-sliced walk over the document at start, then re-scans of just the
 * blocks a MutationObserver reports as changed (batched; ranges of removed text are dropped).
 *
 * Matching runs in the background, off this thread. A re-scan sends its text at once; the full scan holds its
 * text until its walk ends (or `LIMITS.held`), so that matching does not compete with the walk for the CPU.
 * Answers come back as slices of their own. An answer can be stale: the page may have changed that text
 * meanwhile. So every request remembers which re-scans came after it, and its mentions in text that a later
 * re-scan covers (or that left the page) are dropped: that re-scan's own answer has them. A full re-scan drops
 * every older answer.
 */
import type { PackedMentions } from '../../match/packed';
import type { Highlighter } from '../paint/highlighter';
import type { MatchTexts } from './match-client';
import { LateHosts } from './late-hosts';
import { MentionStore } from '../mentions/mention-store';
import { NameCheck, holdsKey, type KeyTests } from './name-check';
import { toPageMentions, type PageMention } from '../mentions/page-mention';
import type { Slicer } from '../slicer';
import { RunWalker, blockOf, insideSkipped, isBlock, type TextChunk } from './text-runs';

/**
 * Past `mentions` or `chars` the scan stops and says so (the panel shows that the page was capped). `held` is the
 * text a full scan holds before sending it to the matcher: it bounds a huge page's memory, and lets the mention
 * cap, which counts answered mentions, stop the walk.
 */
export const LIMITS = { mentions: 25_000, chars: 20_000_000, held: 8 * 1_048_576 };
const BATCH_MS = 40;
/** Text per message to the matcher (serialising one costs about a millisecond). */
const REQUEST_CHARS = 262_144;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** When custom elements not yet defined at the scan are looked at again (ms after the scan), besides DOM batches. */
const LATE_CHECKS_MS = [1_000, 3_000, 10_000];

/** Text sent to the matcher and not yet applied. */
interface Request {
  generation: number;
  /** The re-scan count when it was sent: re-scans after it may make parts of its answer stale. */
  seq: number;
  /** The count of removals the observer had seen when it was sent. */
  removals: number;
  chunks: TextChunk[];
  full: boolean;
}

export class Scanner {
  readonly store = new MentionStore();
  /** Open shadow roots found so far (observed, and handed to hit-testing). */
  readonly shadowRoots: ShadowRoot[] = [];
  capped = false;
  /** Characters of text scanned by the last full walk. */
  scannedChars = 0;
  /** Main-thread time of the last full scan (its walk's and its answers' slices); undefined while it runs. */
  scanMs: number | undefined;
  /** Answers the matcher could not give (the background was unreachable). */
  failedRequests = 0;
  private walkMs = 0;
  /** Main-thread time spent turning answers into page mentions (for the benchmark). */
  applyMs = 0;
  /** Main-thread time spent in MutationObserver callbacks (for the benchmark). */
  observerMs = 0;
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Node>();
  /** Blocks the batch added whole: with no removal in the batch, no text of theirs was scanned before. */
  private readonly added = new Set<Node>();
  private sweep = false;
  private batchTimer = 0;
  /** Bumped by every full scan and by destroy: older walks and answers stop. */
  private generation = 0;
  private seq = 0;
  /** The roots each re-scan walked again, kept while an older request is outstanding. */
  private rewalks: { seq: number; roots: Node[] }[] = [];
  private readonly outstanding = new Set<Request>();
  private fullWalking = false;
  private fullOutstanding = 0;
  /** The full scan's text, held until its walk ends (or `LIMITS.held`), and how much of it there is. */
  private deferred: TextChunk[][] = [];
  private deferredChars = 0;
  /** Mentions answered but not yet added (their answers wait for a slice): the mention cap counts them too. */
  private answeredMentions = 0;
  private fullSent = false;
  /** Mutation records that removed nodes, so far; and that count when pending spans were last all made. */
  private removals = 0;
  private swept = 0;
  private registryChecked = -Infinity;
  /** The removal count when the full walk began: its held text is as old as that. */
  private fullRemovals = 0;
  /** Custom elements that were not defined yet when the full scan ended, and the timers that look at them again. */
  private late: LateHosts | undefined;
  private lateTimers: number[] = [];
  /** Who waits for the scanner to settle (see `idle`). */
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly doc: Document,
    private readonly slicer: Slicer,
    private readonly highlighter: Highlighter,
    private match: MatchTexts,
    private readonly onChange: () => void,
    private readonly isOwnUi: (node: Node) => boolean,
    /** The name keys (src/match/name-keys.ts): with them, a page is walked only if its text holds one. */
    private readonly nameKeys?: KeyTests,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Scans the whole document from scratch (at start, and when the languages change). */
  scanAll(match = this.match): void {
    this.match = match;
    this.generation++;
    this.outstanding.clear();
    this.rewalks = [];
    this.highlighter.untrack(this.store.clear());
    this.capped = false;
    this.scanMs = undefined;
    this.walkMs = 0;
    this.fullWalking = true;
    this.fullOutstanding = 0;
    this.deferred = [];
    this.deferredChars = 0;
    this.answeredMentions = 0;
    this.fullSent = false;
    this.fullRemovals = this.removals;
    this.stopLateChecks();
    this.observer.disconnect();
    this.observer.observe(this.doc, OBSERVE);
    if (this.nameKeys) this.firstLook(this.nameKeys);
    else this.walk(this.doc.documentElement, true);
    this.wakeIdle();
  }

  /**
   * The full scan's first step: a cheap look for anything that could be a name (see NameCheck). The walk runs
   * only if there is one; else the scan is over, and the observer re-scans whatever text the page adds.
   */
  private firstLook(keys: KeyTests): void {
    const generation = this.generation;
    const check = new NameCheck(this.doc, keys);
    this.slicer.push((timeUp) => {
      if (generation !== this.generation) return true;
      const began = performance.now();
      const found = check.step(timeUp);
      this.walkMs += performance.now() - began;
      if (found === undefined) return false;
      if (found) {
        this.fullRemovals = this.removals;
        this.walk(this.doc.documentElement, true);
        return true;
      }
      for (const shadow of check.shadowRoots) if (this.walkable(shadow)) this.watchShadowRoot(shadow);
      this.scannedChars = check.chars;
      this.fullWalking = false;
      const late = new LateHosts();
      for (const el of check.bareCustomElements) late.add(el);
      this.waitForLateHosts(late);
      this.finishFull();
      return true;
    });
  }

  /** False for a shadow root the walk would never enter: its host is in a skipped subtree or is our own UI. */
  private walkable(shadow: ShadowRoot): boolean {
    return !insideSkipped(shadow.host) && !this.isOwnUi(shadow.host);
  }

  private watchShadowRoot(shadow: ShadowRoot): void {
    if (!this.shadowRoots.includes(shadow)) this.shadowRoots.push(shadow);
    this.observer.observe(shadow, OBSERVE);
  }

  /**
   * Every mention in page order, once the pending ones are made: in slices, so that a page with tens of thousands
   * of mentions stays responsive when the panel asks for its list.
   */
  allMentions(): Promise<readonly PageMention[]> {
    return new Promise((resolve) => {
      const queued = this.slicer.push((timeUp) => {
        if (!this.store.materializeAll(timeUp)) return false;
        resolve(this.store.inOrder());
        return true;
      }, true);
      if (!queued) resolve([]);
    });
  }

  /**
   * Resolves once nothing is queued or waiting for the matcher (for tests and the benchmark). It waits without
   * polling: a timer of its own would add tasks to the page that the benchmark would count as the scan's.
   */
  async idle(): Promise<void> {
    for (;;) {
      await this.slicer.idle();
      if (!this.outstanding.size && !this.batchTimer) return;
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  /** Something `idle()` waits for happened: work was queued, an answer settled, or the scanner stopped. */
  private wakeIdle(): void {
    if (!this.idleWaiters.length) return; // the usual case, on every slice and batch: nobody waits
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Stops observing and drops all queued work and answers still to come. */
  destroy(): void {
    this.generation++;
    this.outstanding.clear();
    this.observer.disconnect();
    clearTimeout(this.batchTimer);
    this.batchTimer = 0;
    this.stopLateChecks();
    this.wakeIdle();
  }

  /** Keeps the custom elements not defined yet, to scan the shadow roots they attach once they are (LateHosts). */
  private waitForLateHosts(late: LateHosts): void {
    if (!late.waiting) return;
    this.late = late;
    this.lateTimers = LATE_CHECKS_MS.map((ms) => window.setTimeout(() => this.checkLateHosts(), ms));
  }

  /** Scans (and from now on observes) the shadow roots that waiting custom elements attached since. */
  private checkLateHosts(): void {
    if (!this.late) return;
    for (const shadow of this.late.attached()) {
      if (this.shadowRoots.includes(shadow) || !this.walkable(shadow)) continue;
      this.watchShadowRoot(shadow);
      this.walk(shadow, false);
    }
    if (!this.late.waiting) this.stopLateChecks();
  }

  private stopLateChecks(): void {
    for (const timer of this.lateTimers) clearTimeout(timer);
    this.lateTimers = [];
    this.late = undefined;
  }

  private walk(root: Node, full: boolean): void {
    const generation = this.generation;
    // The full walk keeps the custom elements it meets undefined and without a shadow root (see LateHosts).
    const late = full ? new LateHosts() : undefined;
    const walker = new RunWalker(root, (shadow) => this.watchShadowRoot(shadow), late && ((el) => late.add(el)));
    this.slicer.push((timeUp) => {
      if (generation !== this.generation) return true;
      const began = performance.now();
      const position = walker.position;
      if (position && !position.isConnected && full) {
        // The page removed the node we were at: start again rather than miss the rest.
        this.scanAll();
        return true;
      }
      let chunks: TextChunk[] = [];
      let chars = 0;
      let done = false;
      // A full scan holds its text until its walk is over (or LIMITS.held), so that matching does not
      // compete with the walk for the CPU.
      const send = () => {
        if (!chunks.length) return;
        if (full) {
          this.deferred.push(chunks);
          this.deferredChars += chars;
        } else {
          // A live update's text that holds no name key (a ticking clock, a comment, an ad) holds no mention: it
          // is not sent. Its old mentions are gone already (see flush), which is right, as it names nobody now.
          const keys = this.nameKeys;
          const named = keys ? chunks.filter((c) => holdsKey(keys, c.parts.join(''))) : chunks;
          if (named.length) this.request([named], false);
        }
        chunks = [];
        chars = 0;
      };
      while (!timeUp()) {
        if (this.store.size + this.answeredMentions >= LIMITS.mentions || walker.visitedChars >= LIMITS.chars) {
          this.capped = true;
          done = true;
          break;
        }
        const chunk = walker.next();
        if (!chunk) {
          done = true;
          break;
        }
        chunks.push(chunk);
        chars += chunk.length;
        if (chars >= REQUEST_CHARS) send();
      }
      send();
      if (full) {
        this.scannedChars = walker.visitedChars;
        if (this.deferred.length && (done || this.deferredChars >= LIMITS.held)) this.sendDeferred();
        this.walkMs += performance.now() - began;
        if (done) {
          this.fullWalking = false;
          this.waitForLateHosts(late!);
          this.finishFull();
        }
      }
      return done;
    });
  }

  /** Sends the full scan's held text; the top of the page, what the reader sees first, in a request of its own. */
  private sendDeferred(): void {
    const groups = this.deferred;
    this.deferred = [];
    this.deferredChars = 0;
    if (!this.fullSent) {
      this.fullSent = true;
      this.request([groups.shift()!], true);
    }
    if (groups.length) this.request(groups, true);
  }

  /**
   * Sends one message per group of chunks (several groups: in slices, as serialising a message costs about a
   * millisecond per 256 KB); the answers are applied together once all have come.
   */
  private request(groups: TextChunk[][], full: boolean): void {
    const request: Request = {
      generation: this.generation,
      seq: this.seq,
      removals: full ? this.fullRemovals : this.removals,
      chunks: groups.flat(),
      full,
    };
    this.outstanding.add(request);
    if (full) this.fullOutstanding++;
    const answers: Promise<PackedMentions>[] = [];
    const sendAll = (timeUp: () => boolean) => {
      if (request.generation !== this.generation) return true;
      while (answers.length < groups.length) {
        answers.push(this.match(groups[answers.length]!.map((c) => c.parts)));
        if (timeUp()) break;
      }
      if (answers.length < groups.length) return false;
      Promise.all(answers).then(
        (packed) =>
          this.apply(
            request,
            packed.flatMap((p) => p.found.map((flat) => ({ flat, actorIds: p.actorIds }))),
          ),
        (error: unknown) => {
          if (__DEV__) console.debug('[Fact Context] matching failed:', error);
          this.failedRequests++;
          this.settle(request);
        },
      );
      return true;
    };
    if (groups.length === 1) sendAll(() => false);
    else this.slicer.push(sendAll);
  }

  /**
   * Turns an answer into page mentions, in slices, dropping what the page changed since it was sent. The full
   * scan's answer, when the page changed none of its text meanwhile, is kept as pending spans instead (see
   * MentionStore): the painted window makes the few it needs.
   */
  private apply(request: Request, lists: readonly { flat: readonly number[]; actorIds: readonly string[] }[]): void {
    if (request.generation !== this.generation || !this.outstanding.has(request)) return;
    for (const list of lists) this.answeredMentions += list.flat.length / 3;
    let i = 0;
    // A live update's answer is applied at once (when nothing else is queued); the full scan's, in slices.
    this.slicer.push((timeUp) => {
      if (request.generation !== this.generation) return true;
      const began = performance.now();
      const stale = this.rescannedSince(request.seq);
      const untouched = request.full && !stale && request.removals === this.removals;
      const found: PageMention[] = [];
      let deferred = false;
      for (; i < request.chunks.length && !timeUp(); i++) {
        const list = lists[i];
        if (!list?.flat.length) continue;
        const count = list.flat.length / 3;
        this.answeredMentions -= count;
        if (untouched && this.store.size + found.length + count <= LIMITS.mentions) {
          this.store.defer(request.chunks[i]!, list.flat, list.actorIds);
          deferred = true;
          continue;
        }
        for (const m of toPageMentions(request.chunks[i]!, list.flat, list.actorIds))
          if (current(m, stale)) found.push(m);
      }
      const room = LIMITS.mentions - this.store.size;
      if (found.length > room) {
        found.length = Math.max(0, room);
        this.capped = true;
      }
      if (found.length) {
        this.store.add(found, true);
        this.highlighter.track(found);
      }
      if (deferred) this.highlighter.refresh();
      const took = performance.now() - began;
      this.applyMs += took;
      if (request.full) this.walkMs += took;
      const done = i >= request.chunks.length;
      if (done) this.settle(request);
      else if (found.length || deferred) this.onChange();
      return done;
    }, !request.full);
    this.wakeIdle();
  }

  /** A request is finished (applied or failed): forget it, and finish the full scan if it was the last. */
  private settle(request: Request): void {
    if (!this.outstanding.delete(request)) return;
    if (request.full) this.fullOutstanding--;
    let oldest = Infinity;
    for (const r of this.outstanding) oldest = Math.min(oldest, r.seq);
    this.rewalks = this.rewalks.filter((r) => r.seq > oldest);
    this.finishFull();
    this.onChange();
    this.wakeIdle();
  }

  private finishFull(): void {
    if (this.fullWalking || this.fullOutstanding > 0 || this.scanMs !== undefined) return;
    this.scanMs = Math.round(this.walkMs * 10) / 10;
    this.onChange();
  }

  /** The roots re-scanned after the request numbered `seq` was sent, if any. */
  private rescannedSince(seq: number): Set<Node> | undefined {
    if (seq === this.seq) return undefined;
    const roots = new Set<Node>();
    for (const r of this.rewalks) if (r.seq > seq) for (const root of r.roots) roots.add(root);
    // Empty when the re-scans since then walked nothing again: then no mention needs its ancestors checked.
    return roots.size ? roots : undefined;
  }

  private onMutations(records: MutationRecord[]): void {
    const began = performance.now();
    this.highlighter.pageChanged();
    this.collect(records);
    if ((this.roots.size || this.sweep) && !this.batchTimer) {
      this.batchTimer = window.setTimeout(() => this.flush(), BATCH_MS);
    }
    this.observerMs += performance.now() - began;
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
        this.removals++;
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
    this.batchTimer = 0;
    const roots = [...this.roots];
    this.roots.clear();
    const sweep = this.sweep;
    this.sweep = false;
    // A node moved within the page is reported as removed too: then the batch's added blocks may hold scanned text.
    const fresh = sweep ? undefined : new Set(this.added);
    this.added.clear();
    // At once when nothing else is queued: a live page's small update then costs one task, not two.
    this.slicer.push((timeUp) => {
      // Text left the page: pending spans may hold some of it, so they are all made first (in slices, once).
      if (this.removals !== this.swept) {
        if (!this.store.materializeAll(timeUp)) return false;
        this.swept = this.removals;
      }
      // A page that deletes our highlights usually does so as it changes its DOM (at most every 250 ms here); a
      // component replaces its sheets as it re-renders.
      const now = performance.now();
      if (now - this.registryChecked >= 250) {
        this.registryChecked = now;
        this.highlighter.ensureRegistered();
      }
      this.highlighter.restoreShadowStyles();
      if (sweep) this.dropDisconnected();
      this.checkLateHosts();
      const set = new Set(roots);
      const walked: Node[] = [];
      for (const root of roots) {
        if (!root.isConnected || insideSkipped(root) || this.isOwnUi(root) || hasAncestorIn(root, set)) continue;
        walked.push(root);
      }
      // Answers still to come for this text are stale from now on: the new walk's answers replace them.
      this.seq++;
      if (this.outstanding.size && walked.length) this.rewalks.push({ seq: this.seq, roots: walked });
      for (const root of walked) {
        // The old mentions go first, and those in the open shadow roots inside root with them (the walk goes
        // there too); a block added whole has none.
        if (!fresh?.has(root)) {
          for (const tree of [root, ...this.shadowRoots.filter((shadow) => containsAcrossShadows(root, shadow.host))]) {
            this.store.materializeWithin(tree);
            this.highlighter.untrack(this.store.removeNodes(textNodesIn(tree)));
          }
        }
        this.walk(root, false);
      }
      this.onChange();
      return true;
    }, true);
    this.wakeIdle();
  }

  /** Drops mentions whose text left the document (a cheap pass: one isConnected per mention). */
  private dropDisconnected(): void {
    const gone: Text[] = [];
    // Any order will do here; asking for page order could mean a sort on every batch of a busy page.
    for (const m of this.store.values()) {
      if (!m.startContainer.isConnected || !m.endContainer.isConnected) gone.push(...m.nodes);
    }
    if (gone.length) this.highlighter.untrack(this.store.removeNodes(gone));
  }
}

/** False for a mention whose text left the page or was re-scanned after its answer was asked for. */
function current(m: PageMention, rescanned: Set<Node> | undefined): boolean {
  if (!m.startContainer.isConnected || !m.endContainer.isConnected) return false;
  if (!rescanned) return true;
  for (let n: Node | null = m.startContainer; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null)
    if (rescanned.has(n)) return false;
  return true;
}

/** True when `node` is `root` or inside it, through any shadow roots between them. */
function containsAcrossShadows(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === root) return true;
  return false;
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}

function textNodesIn(root: Node): Text[] {
  if (root.nodeType === 3) return [root as Text];
  const out: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
