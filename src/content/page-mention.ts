/**
 * Maps the mention engine's string offsets back to the page. A mention keeps its Text nodes and offsets;
 * its `StaticRange` (static: live Ranges slow down every DOM edit of the page) is made only when it is
 * painted or hit-tested, since most mentions of a long page are never near the viewport.
 */
import type { Mention } from '../match';
import { blockOf, type TextChunk } from './text-runs';

const owners = new WeakMap<AbstractRange, PageMention>();

/** A mention on the page. */
export class PageMention {
  private cachedRange: StaticRange | undefined;

  constructor(
    readonly actorId: string,
    readonly startContainer: Text,
    readonly startOffset: number,
    readonly endContainer: Text,
    readonly endOffset: number,
    /** Every Text node the mention touches (a name can span `<a>Vladimir</a> Putin`). */
    readonly nodes: Text[],
    /** The block it sits in: the unit that is re-scanned and painted together. */
    readonly block: Element,
  ) {}

  /** The mention as a StaticRange (made on first use). */
  get range(): StaticRange {
    if (!this.cachedRange) {
      this.cachedRange = new StaticRange(this);
      owners.set(this.cachedRange, this);
    }
    return this.cachedRange;
  }

  /** The matched text, as the page has it. */
  get text(): string {
    if (this.startContainer === this.endContainer) return this.startContainer.data.slice(this.startOffset, this.endOffset);
    return this.nodes.map((n) => (n === this.startContainer ? n.data.slice(this.startOffset) : n === this.endContainer ? n.data.slice(0, this.endOffset) : n.data)).join('');
  }
}

/** The mention a range returned by the browser belongs to. */
export function mentionOfRange(range: AbstractRange): PageMention | undefined {
  return owners.get(range);
}

/** Index of the last entry of a sorted list that is ≤ `offset`. */
function lastAtOrBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Turns the engine's mentions of one chunk into page mentions (never across two blocks). */
export function toPageMentions(chunk: TextChunk, mentions: readonly Mention[]): PageMention[] {
  const out: PageMention[] = [];
  const blocks = new Map<number, Element>();
  for (const m of mentions) {
    const run = lastAtOrBefore(chunk.runStarts, m.start);
    const nextRun = chunk.runStarts[run + 1];
    if (nextRun !== undefined && m.end > nextRun) continue; // the engine joined the end of one block to the next
    const first = lastAtOrBefore(chunk.starts, m.start);
    const last = lastAtOrBefore(chunk.starts, m.end - 1);
    const startNode = chunk.nodes[first]!;
    const endNode = chunk.nodes[last]!;
    let block = blocks.get(run);
    if (!block) {
      const firstNode = chunk.nodes[chunk.runFirstNodes[run]!]!;
      block = blockOf(firstNode) ?? (firstNode.parentNode as Element);
      blocks.set(run, block);
    }
    out.push(
      new PageMention(
        m.actorId,
        startNode,
        Math.min(m.start - chunk.starts[first]!, startNode.data.length),
        endNode,
        Math.min(m.end - chunk.starts[last]!, endNode.data.length),
        first === last ? [startNode] : chunk.nodes.slice(first, last + 1),
        block,
      ),
    );
  }
  return out;
}
