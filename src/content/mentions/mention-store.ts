/**
 * Every mention found in this frame, indexed by Text node (for hit-testing and removal) and by block (for
 * the visibility window). Page order is kept as mentions arrive (a sort only when a batch interleaves).
 *
 * A full scan's answers are kept as they come (pending spans: a chunk's Text nodes and the engine's packed
 * mentions) and made into page mentions only when needed: the spans near the viewport when the window is
 * painted, a span the page edits, and everything when someone asks for every mention (the panel's list, a sweep
 * of removed text). Counts and the total include pending mentions. Most of a long page is never looked at, so
 * most of its mentions never cost an object.
 */
import { bisect } from '../../shared/bisect';
import { mentionPrecedes, placeOf } from './page-order';
import { mentionOfRange, toPageMentions, type PageMention } from './page-mention';
import type { ChunkNodes, TextChunk } from '../scan/text-runs';

/**
 * A stretch of page text whose mentions are known but not yet made into page mentions: from the Text node of
 * its first mention to that of its last.
 */
export interface PendingSpan {
  readonly first: Text;
  readonly last: Text;
}

interface Pending extends PendingSpan {
  /** The document or shadow root the span's text was in when it was found. */
  readonly tree: Node;
  readonly chunk: ChunkNodes;
  readonly flat: readonly number[];
  readonly actorIds: readonly string[];
}

export class MentionStore {
  private readonly byNode = new Map<Text, PageMention[]>();
  readonly byBlock = new Map<Element, PageMention[]>();
  private readonly all = new Set<PageMention>();
  private ordered: PageMention[] | null = [];
  private blocks: Element[] | null = [];
  /** Pending spans by the tree (document or shadow root) they are in, each list in page order. */
  private pending = new Map<Node, Pending[]>();
  private pendingCount = 0;
  /**
   * Mentions per actor id, kept as mentions come and go: the frame's summary is sent after every live update, and
   * counting the whole page for each cost a pass over every mention. Made mentions count as they are added and
   * removed; pending spans when `counts()` is first asked after they came (the scan itself counts nothing: that
   * was a Map update per mention in the scan's cold code), and out again when they are made.
   */
  private readonly perActor = new Map<string, number>();
  /** Pending spans not counted in `perActor` yet. */
  private readonly uncounted = new Set<Pending>();

  /** The mentions of one block, if it has any (made ones only; see `materialize`). */
  mentionsIn(block: Element): readonly PageMention[] | undefined {
    return this.byBlock.get(block);
  }

  /** Every mention, pending ones included. */
  get size(): number {
    return this.all.size + this.pendingCount;
  }

  /**
   * Keeps one chunk's answer (packed `[start, end, actor index]` triples) to be made into page mentions when
   * needed. The chunk's text must be as the answer saw it, and chunks must come in page order per tree (one walk's).
   */
  defer(chunk: TextChunk, flat: readonly number[], actorIds: readonly string[]): void {
    if (!flat.length) return;
    const { nodes, starts, runStarts, runFirstNodes } = chunk;
    // The span runs from its first mention's Text node to its last one's (not the chunk's first and last nodes,
    // often white space between blocks, whose box is a whole column).
    const nodeAt = (offset: number) => nodes[bisect(starts, (start) => start > offset) - 1]!;
    const first = nodeAt(flat[0]!);
    const last = nodeAt(flat[flat.length - 2]! - 1);
    const tree = first.getRootNode();
    const list = this.pending.get(tree);
    const span: Pending = { tree, first, last, chunk: { nodes, starts, runStarts, runFirstNodes }, flat, actorIds };
    if (list) list.push(span);
    else this.pending.set(tree, [span]);
    this.pendingCount += flat.length / 3;
    this.uncounted.add(span);
  }

  /** The pending spans, one list per tree, each in page order (for the painted window). */
  pendingSpans(): Iterable<readonly PendingSpan[]> {
    return this.pending.values();
  }

  /** Makes pending spans into page mentions (those whose text is still on the page); returns them. */
  materialize(spans: Iterable<PendingSpan>): PageMention[] {
    const made: PageMention[] = [];
    for (const span of spans as Iterable<Pending>) {
      const list = this.pending.get(span.tree);
      const i = list ? list.indexOf(span) : -1;
      if (i < 0) continue; // made already
      list!.splice(i, 1);
      if (!list!.length) this.pending.delete(span.tree);
      this.pendingCount -= span.flat.length / 3;
      if (!this.uncounted.delete(span)) this.countPacked(span, -1);
      const mentions = toPageMentions(span.chunk, span.flat, span.actorIds).filter(
        (m) => m.startContainer.isConnected && m.endContainer.isConnected,
      );
      this.add(mentions, true);
      made.push(...mentions);
    }
    return made;
  }

  /** Makes pending spans into page mentions until `timeUp` (in slices); true once none is left. */
  materializeAll(timeUp: () => boolean = () => false): boolean {
    for (const [tree, list] of this.pending) {
      while (list.length) {
        if (timeUp()) return false;
        this.materialize([list[0]!]);
      }
      this.pending.delete(tree);
    }
    return true;
  }

  /**
   * Makes the pending spans that have mentions inside `root` into page mentions (before that text is scanned
   * again). A span's mentions lie in page order between its first and last, so two binary searches find them.
   */
  materializeWithin(root: Node): PageMention[] {
    const list = this.pending.get(root.getRootNode());
    if (!list) return [];
    // The first span not wholly before root, and the first span wholly after it.
    const from = bisect(list, (span) => !(span.last.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING));
    const to = bisect(list, (span) => {
      const p = root.compareDocumentPosition(span.first);
      return (p & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !(p & Node.DOCUMENT_POSITION_CONTAINED_BY);
    });
    return from < to ? this.materialize(list.slice(from, to)) : [];
  }

  /**
   * Adds mentions. `inPageOrder` says they already are in page order among themselves (one walk's mentions): then
   * the batch is placed in the ordered list with a few comparisons (at the end, or where a binary search puts it).
   */
  add(mentions: readonly PageMention[], inPageOrder = false): void {
    if (!mentions.length) return;
    const ordered = this.ordered;
    const at = ordered && (inPageOrder || mentions.length === 1) ? placeOf(ordered, mentions) : -1;
    const appending = ordered !== null && at === ordered.length;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      const before = this.all.size;
      this.all.add(m);
      if (this.all.size !== before) this.count(m.actorId, 1);
      const nodes = m.nodes;
      for (let k = 0; k < nodes.length; k++) push(this.byNode, nodes[k]!, m);
      const inBlock = this.byBlock.get(m.block);
      if (inBlock) inBlock.push(m);
      else this.byBlock.set(m.block, [m]);
      if (appending) {
        ordered!.push(m);
        // Appending in page order keeps the block list valid too (the common case: the first scan, a feed).
        const blocks = this.blocks;
        if (blocks && blocks[blocks.length - 1] !== m.block) {
          if (inBlock) this.blocks = null;
          else blocks.push(m.block);
        }
      }
    }
    if (appending) return;
    this.blocks = null;
    this.ordered = ordered && at >= 0 ? ordered.slice(0, at).concat(mentions, ordered.slice(at)) : null;
  }

  /** Removes every mention touching one of `nodes`; returns what was removed. */
  removeNodes(nodes: Iterable<Text>): PageMention[] {
    const removed: PageMention[] = [];
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      for (const m of list) if (this.all.delete(m)) removed.push(m);
    }
    for (const m of removed) {
      this.count(m.actorId, -1);
      for (const node of m.nodes) drop(this.byNode, node, m);
      drop(this.byBlock, m.block, m);
    }
    if (removed.length && this.ordered) this.ordered = this.ordered.filter((m) => this.all.has(m));
    if (removed.length) this.blocks = null;
    return removed;
  }

  /** Removes the mentions whose text left the document (a cheap pass: one isConnected per mention); returns them. */
  removeDisconnected(): PageMention[] {
    const gone: Text[] = [];
    // Any order will do here; asking for page order could mean a sort on every batch of a busy page.
    for (const m of this.all) if (!m.startContainer.isConnected || !m.endContainer.isConnected) gone.push(...m.nodes);
    return gone.length ? this.removeNodes(gone) : [];
  }

  /** Removes everything; returns what was removed. */
  clear(): PageMention[] {
    this.pending.clear();
    this.pendingCount = 0;
    this.perActor.clear();
    this.uncounted.clear();
    const removed = [...this.all];
    this.all.clear();
    this.byNode.clear();
    this.byBlock.clear();
    this.ordered = [];
    this.blocks = [];
    return removed;
  }

  /** The live mention whose range this is (for hit results that return ranges). */
  byRange(range: AbstractRange): PageMention | undefined {
    const m = mentionOfRange(range);
    return m && this.all.has(m) ? m : undefined;
  }

  /** The mention covering character `offset` of `node`, if any. */
  at(node: Node, offset: number): PageMention | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    for (const m of list) {
      const { startContainer, startOffset, endContainer, endOffset } = m;
      const afterStart = node !== startContainer || offset >= startOffset;
      const beforeEnd = node !== endContainer || offset < endOffset;
      if (afterStart && beforeEnd) return m;
    }
    return undefined;
  }

  /** Every mention in page order (pending ones are made first). */
  inOrder(): readonly PageMention[] {
    this.materializeAll();
    return this.madeInOrder();
  }

  /** The mentions made so far, in page order (sorted only when a batch interleaved with others). */
  private madeInOrder(): readonly PageMention[] {
    if (!this.ordered) this.ordered = [...this.all].sort((a, b) => (mentionPrecedes(a, b) ? -1 : 1));
    return this.ordered;
  }

  /** The distinct blocks that hold mentions made so far (see `pendingSpans`), in page order. */
  blocksInOrder(): readonly Element[] {
    if (!this.blocks) {
      const seen = new Set<Element>();
      for (const m of this.madeInOrder()) seen.add(m.block);
      this.blocks = [...seen];
    }
    return this.blocks;
  }

  /** Mention count per actor id, pending mentions included. */
  counts(): Record<string, number> {
    for (const span of this.uncounted) this.countPacked(span, 1);
    this.uncounted.clear();
    return Object.fromEntries(this.perActor);
  }

  private count(actorId: string, delta: number): void {
    const n = (this.perActor.get(actorId) ?? 0) + delta;
    if (n > 0) this.perActor.set(actorId, n);
    else this.perActor.delete(actorId);
  }

  private countPacked({ flat, actorIds }: Pending, delta: number): void {
    for (let i = 2; i < flat.length; i += 3) this.count(actorIds[flat[i]!]!, delta);
  }
}

function push<K>(map: Map<K, PageMention[]>, key: K, m: PageMention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}

function drop<K>(map: Map<K, PageMention[]>, key: K, m: PageMention): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(m);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}
