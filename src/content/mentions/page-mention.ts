/**
 * Maps the mention engine's string offsets back to the page. A mention keeps its Text nodes and offsets;
 * its `StaticRange` (static: live Ranges slow down every DOM edit of the page) is made only when it is
 * painted or hit-tested, since most mentions of a long page are never near the viewport.
 */
import { blockOf } from '../scan/element-kinds';
import type { ChunkNodes } from '../scan/text-runs';

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
    if (this.startContainer === this.endContainer)
      return this.startContainer.data.slice(this.startOffset, this.endOffset);
    return this.nodes
      .map((n) =>
        n === this.startContainer
          ? n.data.slice(this.startOffset)
          : n === this.endContainer
            ? n.data.slice(0, this.endOffset)
            : n.data,
      )
      .join('');
  }
}

/** The mention a range returned by the browser belongs to. */
export function mentionOfRange(range: AbstractRange): PageMention | undefined {
  return owners.get(range);
}

/**
 * Turns the engine's mentions of one chunk (packed `[start, end, actor index]` triples, see match/packed.ts)
 * into page mentions, never across two blocks. The engine's mentions are in order and do not overlap, so one
 * forward pass over the chunk's runs and nodes finds each mention's place (cheaper than a binary search per
 * mention in code that runs cold, once per page).
 */
export function toPageMentions(chunk: ChunkNodes, flat: readonly number[], actorIds: readonly string[]): PageMention[] {
  const out: PageMention[] = [];
  const { nodes, starts, runStarts, runFirstNodes } = chunk;
  let run = 0;
  let node = 0;
  let blockRun = -1;
  let block: Element | undefined;
  for (let i = 0; i < flat.length; i += 3) {
    const start = flat[i]!;
    const end = flat[i + 1]!;
    while (run + 1 < runStarts.length && runStarts[run + 1]! <= start) run++;
    if (run + 1 < runStarts.length && end > runStarts[run + 1]!) continue; // the engine joined the end of one block to the next
    while (node + 1 < starts.length && starts[node + 1]! <= start) node++;
    let last = node;
    while (last + 1 < starts.length && starts[last + 1]! < end) last++;
    const startNode = nodes[node]!;
    const endNode = nodes[last]!;
    if (blockRun !== run) {
      blockRun = run;
      const firstNode = nodes[runFirstNodes[run]!]!;
      block = blockOf(firstNode) ?? (firstNode.parentNode as Element);
    }
    out.push(
      new PageMention(
        actorIds[flat[i + 2]!]!,
        startNode,
        Math.min(start - starts[node]!, startNode.data.length),
        endNode,
        Math.min(end - starts[last]!, endNode.data.length),
        node === last ? [startNode] : nodes.slice(node, last + 1),
        block!,
      ),
    );
  }
  return out;
}
