/**
 * Maps the mention engine's string offsets back to the page: a mention found in a run becomes a
 * `StaticRange` over the run's Text nodes (static: live Ranges slow down every DOM edit of the page).
 */
import type { Mention } from '../match';
import type { TextRun } from './text-runs';

/** A mention on the page. */
export interface PageMention {
  actorId: string;
  range: StaticRange;
  /** Every Text node the mention touches (a name can span `<a>Vladimir</a> Putin`). */
  nodes: Text[];
  /** The block it sits in: the unit that is re-scanned and watched for visibility. */
  block: Element;
  /** The matched text, as the page has it. */
  text: string;
}

/** Index of the node holding character `offset` of the run (last node whose start is ≤ offset). */
function nodeAt(run: TextRun, offset: number): number {
  const { starts } = run;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Turns the engine's mentions of one run into page mentions. */
export function toPageMentions(run: TextRun, mentions: readonly Mention[]): PageMention[] {
  const out: PageMention[] = [];
  for (const m of mentions) {
    const first = nodeAt(run, m.start);
    const last = nodeAt(run, m.end - 1);
    const startNode = run.nodes[first]!;
    const endNode = run.nodes[last]!;
    const startOffset = Math.min(m.start - run.starts[first]!, startNode.data.length);
    const endOffset = Math.min(m.end - run.starts[last]!, endNode.data.length);
    out.push({
      actorId: m.actorId,
      range: new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset }),
      nodes: run.nodes.slice(first, last + 1),
      block: run.block,
      text: run.text.slice(m.start, m.end),
    });
  }
  return out;
}
