/**
 * Finds the mentions of one frame: a time-sliced walk over the document at start, then re-scans of just the
 * blocks whose text changed (see MutationBatches). It publishes what changed (ScanEvents) and knows nothing of
 * how mentions are painted: the pipeline (../pipeline.ts) connects it to the highlighter.
 *
 * Matching runs in the background, off this thread. A re-scan sends its text at once; the full scan holds its
 * text until its walk ends (or `LIMITS.held`), so that matching does not compete with the walk for the CPU.
 * Answers come back as slices of their own, and may be stale: see Requests.
 */
import { MentionStore } from '../mentions/mention-store';
import type { PageMention } from '../mentions/page-mention';
import type { Slicer } from '../slicer';
import { measure } from '../timing';
import { Waiters } from '../waiters';
import { LateHostChecks, LateHosts } from './late-hosts';
import type { MatchTexts } from './match-client';
import { MutationBatches, type Batch } from './mutation-batches';
import { NameCheck, holdsKey, type KeyTests } from './name-check';
import { Answers } from './answers';
import { HeldText } from './held-text';
import { Requests } from './requests';
import type { ScanEvents } from './scan-events';
import { insideSkipped } from './element-kinds';
import { RunWalker, type TextChunk } from './text-runs';
import { containsAcrossShadows, hasAncestorIn, textNodesIn } from './dom-trees';

/**
 * Past `mentions` or `chars` the scan stops and says so (the panel shows that the page was capped). `held` is the
 * text a full scan holds before sending it to the matcher: it bounds a huge page's memory, and lets the mention
 * cap, which counts answered mentions, stop the walk.
 */
export const LIMITS = { mentions: 25_000, chars: 20_000_000, held: 8 * 1_048_576 };
/** Text per message to the matcher (serialising one costs about a millisecond). */
const REQUEST_CHARS = 262_144;

export class Scanner {
  /** Open shadow roots found so far (observed, and handed to hit-testing). */
  readonly shadowRoots: ShadowRoot[] = [];
  /** Past LIMITS the walk stopped. */
  private walkCapped = false;
  /** True when the page had more mentions or text than LIMITS allow: the rest was not scanned. */
  get capped(): boolean {
    return this.walkCapped || this.answers.capped;
  }

  /** True from the start of a full scan until its walk and every answer of it are done. */
  scanning = false;
  private readonly batches: MutationBatches;
  private readonly requests = new Requests<TextChunk, Node>();
  private readonly answers: Answers;
  private fullWalking = false;
  /** When the full scan began (for its timing). */
  private scanStart = 0;
  /** The full scan's text, held until its walk ends (or `LIMITS.held`). */
  private readonly held = new HeldText(LIMITS.held, (groups) => this.answers.send(groups, true));
  /** The removal count when pending spans were last all made. */
  private sweptAt = 0;
  /** Custom elements that were not defined yet when the full scan ended (see LateHosts). */
  private readonly lateHosts = new LateHostChecks((shadow) => {
    if (this.shadowRoots.includes(shadow) || !this.walkable(shadow)) return;
    this.watchShadowRoot(shadow);
    this.walk(shadow, false);
  });
  /** Who waits for the scanner to settle (see `idle`). */
  private readonly idleWaiters = new Waiters();

  constructor(
    private readonly doc: Document,
    private readonly slicer: Slicer,
    private readonly events: ScanEvents,
    match: MatchTexts,
    private readonly isOwnUi: (node: Node) => boolean,
    /** The name keys (src/match/name-keys.ts): with them, a page is walked only if its text holds one. */
    private readonly nameKeys?: KeyTests,
    /** Where the mentions go (the pipeline shares it with the highlighter). */
    readonly store = new MentionStore(),
  ) {
    this.answers = new Answers(
      this.store,
      slicer,
      this.requests,
      {
        added: (mentions) => events.added(mentions),
        deferred: () => events.deferred(),
        changed: () => events.changed(),
        queued: () => this.idleWaiters.wake(),
        settled: () => {
          this.finishFull();
          events.changed();
          this.idleWaiters.wake();
        },
      },
      LIMITS.mentions,
      match,
    );
    this.batches = new MutationBatches(
      {
        changed: () => events.domChanged(),
        removed: () => this.requests.removed(),
        batch: (batch) => this.rescan(batch),
      },
      isOwnUi,
    );
  }

  /**
   * Scans the whole document from scratch (at start, and when the languages change). `look` false skips the first
   * look for the name keys: the sentinel (src/sentinel/) that injected the content script found one already.
   */
  scanAll(match = this.answers.match, look = true): void {
    this.answers.match = match;
    this.requests.restart();
    this.events.removed(this.store.clear());
    this.walkCapped = false;
    this.scanning = true;
    this.scanStart = performance.now();
    this.fullWalking = true;
    this.held.reset();
    this.answers.waitingMentions = 0;
    this.lateHosts.stop();
    this.batches.disconnect();
    this.batches.observe(this.doc);
    if (this.nameKeys && look) this.firstLook(this.nameKeys);
    else this.walk(this.doc.documentElement, true);
    this.idleWaiters.wake();
  }

  /**
   * The full scan's first step: a cheap look for anything that could be a name (see NameCheck). The walk runs
   * only if there is one; else the scan is over, and the observer re-scans whatever text the page adds.
   */
  private firstLook(keys: KeyTests): void {
    const generation = this.requests.generation;
    const check = new NameCheck(this.doc, keys);
    this.slicer.push((timeUp) => {
      if (generation !== this.requests.generation) return true;
      const found = check.step(timeUp);
      if (found === undefined) return false;
      if (found) {
        this.requests.fullWalkBegins();
        this.walk(this.doc.documentElement, true);
        return true;
      }
      for (const shadow of check.shadowRoots) if (this.walkable(shadow)) this.watchShadowRoot(shadow);
      this.fullWalking = false;
      const late = new LateHosts();
      for (const el of check.bareCustomElements) late.add(el);
      this.lateHosts.wait(late);
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
    this.batches.observe(shadow);
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

  /** Resolves once nothing is queued, batched or waiting for the matcher (see Waiters). */
  async idle(): Promise<void> {
    for (;;) {
      await this.slicer.idle();
      if (!this.requests.waiting && !this.batches.pending) return;
      await this.idleWaiters.wait();
    }
  }

  /** Stops observing and drops all queued work and answers still to come. */
  destroy(): void {
    this.requests.restart();
    this.batches.destroy();
    this.lateHosts.stop();
    this.idleWaiters.wake();
  }

  private walk(root: Node, full: boolean): void {
    const generation = this.requests.generation;
    // The full walk keeps the custom elements it meets undefined and without a shadow root (see LateHosts).
    const late = full ? new LateHosts() : undefined;
    const walker = new RunWalker(root, (shadow) => this.watchShadowRoot(shadow), late && ((el) => late.add(el)));
    this.slicer.push((timeUp) => {
      if (generation !== this.requests.generation) return true;
      const position = walker.position;
      if (position && !position.isConnected && full) {
        // The page removed the node we were at: start again rather than miss the rest.
        this.scanAll();
        return true;
      }
      let chunks: TextChunk[] = [];
      let chars = 0;
      let done = false;
      // A full scan holds its text until its walk is over (see HeldText).
      const send = () => {
        if (!chunks.length) return;
        if (full) {
          this.held.hold(chunks, chars);
        } else {
          // A live update's text that holds no name key (a ticking clock, a comment, an ad) holds no mention: it
          // is not sent. Its old mentions are gone already (see rescan), which is right, as it names nobody now.
          const keys = this.nameKeys;
          const named = keys ? chunks.filter((c) => holdsKey(keys, c.parts.join(''))) : chunks;
          if (named.length) this.answers.send([named], false);
        }
        chunks = [];
        chars = 0;
      };
      while (!timeUp()) {
        if (this.store.size + this.answers.waitingMentions >= LIMITS.mentions || walker.visitedChars >= LIMITS.chars) {
          this.walkCapped = true;
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
        this.held.flush(done);
        if (done) {
          this.fullWalking = false;
          this.lateHosts.wait(late!);
          this.finishFull();
        }
      }
      return done;
    });
  }

  private finishFull(): void {
    if (this.fullWalking || this.requests.fullPending || !this.scanning) return;
    this.scanning = false;
    measure('scan', this.scanStart);
    this.events.changed();
  }

  /** Re-scans a batch of the page's changes (see MutationBatches). */
  private rescan({ roots, sweep, fresh }: Batch): void {
    // At once when nothing else is queued: a live page's small update then costs one task, not two.
    this.slicer.push((timeUp) => {
      // Text left the page: pending spans may hold some of it, so they are all made first (in slices, once).
      if (this.requests.removals !== this.sweptAt) {
        if (!this.store.materializeAll(timeUp)) return false;
        this.sweptAt = this.requests.removals;
      }
      this.events.batchHandled();
      if (sweep) this.events.removed(this.store.removeDisconnected());
      this.lateHosts.check();
      const set = new Set(roots);
      const walked: Node[] = [];
      for (const root of roots) {
        if (!root.isConnected || insideSkipped(root) || this.isOwnUi(root) || hasAncestorIn(root, set)) continue;
        walked.push(root);
      }
      // Answers still to come for this text are stale from now on: the new walk's answers replace them.
      this.requests.rewalked(walked);
      for (const root of walked) {
        // The old mentions go first, and those in the open shadow roots inside root with them (the walk goes
        // there too); a block added whole has none.
        if (!fresh?.has(root)) {
          for (const tree of [root, ...this.shadowRoots.filter((shadow) => containsAcrossShadows(root, shadow.host))]) {
            this.store.materializeWithin(tree);
            this.events.removed(this.store.removeNodes(textNodesIn(tree)));
          }
        }
        this.walk(root, false);
      }
      this.events.changed();
      return true;
    }, true);
    this.idleWaiters.wake();
  }
}
