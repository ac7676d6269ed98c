/**
 * Page order across shadow roots. `compareDocumentPosition` orders nodes of one tree; between a shadow root and
 * the document it only says "disconnected", in an order of the browser's choosing. Here a node inside a shadow
 * root sits where its host is, before the host's own (light) children; and a light child the component shows in
 * one of its slots sits where that slot is: the order a reader meets a web component's text in. (Two light
 * children of one host are kept in their document order, even where slots show them the other way round.)
 */
import { bisect } from '../../shared/bisect';
import type { PageMention } from './page-mention';

/** The node, then the host of each shadow root it is inside, outwards: one entry per tree. */
function outwards(node: Node): Node[] {
  const chain = [node];
  for (
    let root = node.getRootNode();
    root.nodeType === 11 && (root as ShadowRoot).host;
    root = chain.at(-1)!.getRootNode()
  ) {
    chain.push((root as ShadowRoot).host);
  }
  return chain;
}

/** True when `a` comes before `b` in the page (false when they are the same node). */
export function nodePrecedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const position = a.compareDocumentPosition(b);
  if (!(position & Node.DOCUMENT_POSITION_DISCONNECTED)) return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  // Different trees: step out of shadow roots until both stand in one tree, then compare there.
  const chainA = outwards(a);
  const chainB = outwards(b);
  for (const x of chainA) {
    const tree = x.getRootNode();
    const y = chainB.find((n) => n.getRootNode() === tree);
    if (!y) continue;
    // One is the host the other's shadow root hangs from: the host comes first.
    if (x === y) return x === a;
    // A host's shadow root comes before its light children, unless a slot shows them; any element before its
    // descendants.
    if (x.contains(y)) {
      const shadowSide = chainA[chainA.indexOf(x) - 1];
      const slot = shadowSide && slotShowing(x, y);
      return slot ? nodePrecedes(shadowSide, slot) : true;
    }
    if (y.contains(x)) {
      const shadowSide = chainB[chainB.indexOf(y) - 1];
      const slot = shadowSide && slotShowing(y, x);
      return slot ? !nodePrecedes(shadowSide, slot) : false;
    }
    return (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }
  return false; // no common tree: in different documents
}

/** The slot of `host`'s shadow root that shows `node` (a light descendant of the host), if any. */
function slotShowing(host: Node, node: Node): HTMLSlotElement | null {
  let child = node;
  while (child.parentNode && child.parentNode !== host) child = child.parentNode;
  return (child as Element | Text).assignedSlot ?? null;
}

/**
 * Where a batch in page order goes in the ordered list: its length (appending), an index (no mention there falls
 * inside the batch), or -1 (they interleave).
 */
export function placeOf(ordered: readonly PageMention[], batch: readonly PageMention[]): number {
  const first = batch[0]!;
  if (!ordered.length || mentionPrecedes(ordered[ordered.length - 1]!, first)) return ordered.length;
  const at = bisect(ordered, (m) => !mentionPrecedes(m, first));
  return mentionPrecedes(batch[batch.length - 1]!, ordered[at]!) ? at : -1;
}

/** True when mention `a` starts before mention `b` in the page. */
export function mentionPrecedes(a: PageMention, b: PageMention): boolean {
  const x = a.startContainer;
  const y = b.startContainer;
  if (x === y) return a.startOffset < b.startOffset;
  return nodePrecedes(x, y);
}
