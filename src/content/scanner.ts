/**
 * Finds the mentions of one frame: a time-sliced walk over the document at start, then re-scans of just the
 * blocks a MutationObserver reports as changed (batched; ranges of removed text are dropped).
 */
import type { Matcher } from '../match';
import type { Highlighter } from './highlighter';
import { MentionStore } from './mention-store';
import { toPageMentions, type PageMention } from './page-mention';
import type { Slicer } from './slicer';
import { RunWalker, blockOf, insideSkipped, isBlock } from './text-runs';

/** Past these the scan stops and says so (the panel shows that the page was capped). */
export const LIMITS = { mentions: 25_000, chars: 20_000_000 };
const BATCH_MS = 40;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class Scanner {
  readonly store = new MentionStore();
  /** Open shadow roots found so far (observed, and handed to hit-testing). */
  readonly shadowRoots: ShadowRoot[] = [];
  capped = false;
  /** Characters of text scanned by the last full walk. */
  scannedChars = 0;
  /** Main-thread time of the last full walk (sum of its slices); undefined while it runs. */
  scanMs: number | undefined;
  private walkMs = 0;
  /** Main-thread time spent in MutationObserver callbacks (for the benchmark). */
  observerMs = 0;
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Node>();
  private sweep = false;
  private batchTimer = 0;

  constructor(
    private readonly doc: Document,
    private readonly slicer: Slicer,
    private readonly highlighter: Highlighter,
    private matcher: Matcher,
    private readonly onChange: () => void,
    private readonly isOwnUi: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Scans the whole document from scratch (at start, and when the languages change). */
  scanAll(matcher = this.matcher): void {
    this.matcher = matcher;
    this.highlighter.untrack(this.store.clear());
    this.capped = false;
    this.scanMs = undefined;
    this.walkMs = 0;
    this.observer.disconnect();
    this.observer.observe(this.doc, OBSERVE);
    this.walk(this.doc.documentElement, true);
  }

  /** Stops observing and drops all queued work. */
  destroy(): void {
    this.observer.disconnect();
    clearTimeout(this.batchTimer);
  }

  private walk(root: Node, full: boolean): void {
    const walker = new RunWalker(root, (shadow) => {
      if (!this.shadowRoots.includes(shadow)) this.shadowRoots.push(shadow);
      this.observer.observe(shadow, OBSERVE);
    });
    this.slicer.push((timeUp) => {
      const began = performance.now();
      const position = walker.position;
      if (position && !position.isConnected && full) {
        // The page removed the node we were at: start again rather than miss the rest.
        this.scanAll();
        return true;
      }
      const found: PageMention[] = [];
      let done = false;
      while (!timeUp()) {
        if (this.store.size + found.length >= LIMITS.mentions || walker.visitedChars >= LIMITS.chars) {
          this.capped = true;
          done = true;
          break;
        }
        const chunk = walker.next();
        if (!chunk) {
          done = true;
          break;
        }
        const mentions = this.matcher.findMentions(chunk.text);
        if (mentions.length) found.push(...toPageMentions(chunk, mentions));
      }
      if (full) {
        this.scannedChars = walker.visitedChars;
        this.walkMs += performance.now() - began;
        if (done) this.scanMs = Math.round(this.walkMs * 10) / 10;
      }
      if (found.length) {
        this.store.add(found);
        this.highlighter.track(found);
      }
      if (done || found.length) this.onChange();
      return done;
    });
  }

  private onMutations(records: MutationRecord[]): void {
    const began = performance.now();
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
        for (const node of record.removedNodes) {
          // Removing inline text changes how the text around it joins; a removed block affects only itself.
          if (node.nodeType !== 1 || !isBlock(node as Element)) this.addRoot(blockOf(target));
        }
      }
      for (const node of record.addedNodes) {
        if (this.isOwnUi(node)) continue;
        this.addRoot(node.nodeType === 1 && isBlock(node as Element) ? node : blockOf(target));
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
    this.slicer.push(() => {
      this.highlighter.ensureRegistered();
      if (sweep) this.dropDisconnected();
      const set = new Set(roots);
      for (const root of roots) {
        if (!root.isConnected || insideSkipped(root) || this.isOwnUi(root) || hasAncestorIn(root, set)) continue;
        this.highlighter.untrack(this.store.removeNodes(textNodesIn(root)));
        this.walk(root, false);
      }
      this.onChange();
      return true;
    });
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
