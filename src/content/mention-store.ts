/**
 * Every mention found in this frame, indexed by Text node (for hit-testing and removal) and by block (for
 * the visibility window). Page order is computed lazily, only when someone asks for it.
 */
import { mentionOfRange, type PageMention } from './page-mention';

export class MentionStore {
  private readonly byNode = new Map<Text, PageMention[]>();
  readonly byBlock = new Map<Element, PageMention[]>();
  private readonly all = new Set<PageMention>();
  private ordered: PageMention[] | null = [];
  private blocks: Element[] | null = [];

  get size(): number {
    return this.all.size;
  }

  /**
   * Adds mentions. `inPageOrder` says they already are in page order among themselves (one walk's mentions):
   * then only the first is compared with the last one known.
   */
  add(mentions: readonly PageMention[], inPageOrder = false): void {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      this.all.add(m);
      const nodes = m.nodes;
      for (let k = 0; k < nodes.length; k++) push(this.byNode, nodes[k]!, m);
      const inBlock = this.byBlock.get(m.block);
      if (inBlock) inBlock.push(m);
      else this.byBlock.set(m.block, [m]);
      const ordered = this.ordered;
      if (ordered) {
        const last = ordered[ordered.length - 1];
        if (!last || (inPageOrder && i > 0) || precedes(last, m)) {
          ordered.push(m);
          // Appending in page order keeps the block list valid too (the common case: the first scan, a feed).
          const blocks = this.blocks;
          if (blocks && blocks[blocks.length - 1] !== m.block) {
            if (inBlock) this.blocks = null;
            else blocks.push(m.block);
          }
        } else {
          this.ordered = null;
          this.blocks = null;
        }
      } else {
        this.blocks = null;
      }
    }
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
      for (const node of m.nodes) drop(this.byNode, node, m);
      drop(this.byBlock, m.block, m);
    }
    if (removed.length && this.ordered) this.ordered = this.ordered.filter((m) => this.all.has(m));
    if (removed.length) this.blocks = null;
    return removed;
  }

  /** Removes everything; returns what was removed. */
  clear(): PageMention[] {
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

  /** Every mention, in no particular order (cheap: no sorting). */
  values(): IterableIterator<PageMention> {
    return this.all.values();
  }

  /** Every mention in page order. */
  inOrder(): readonly PageMention[] {
    if (!this.ordered) this.ordered = [...this.all].sort((a, b) => (precedes(a, b) ? -1 : 1));
    return this.ordered;
  }

  /** The distinct blocks that hold mentions, in page order. */
  blocksInOrder(): readonly Element[] {
    if (!this.blocks) {
      const seen = new Set<Element>();
      for (const m of this.inOrder()) seen.add(m.block);
      this.blocks = [...seen];
    }
    return this.blocks;
  }

  /** Mention count per actor id. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const m of this.all) counts[m.actorId] = (counts[m.actorId] ?? 0) + 1;
    return counts;
  }
}

function precedes(a: PageMention, b: PageMention): boolean {
  const x = a.startContainer;
  const y = b.startContainer;
  if (x === y) return a.startOffset < b.startOffset;
  return (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
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
