/**
 * Page order across shadow roots. `compareDocumentPosition` orders nodes of one tree; between a shadow root and
 * the document it only says "disconnected", in an order of the browser's choosing. Here a node inside a shadow
 * root sits where its host is, before the host's own (light) children: the order a reader meets a web
 * component's text in, near enough (slotted children are shown where the component puts its slot).
 */

const DISCONNECTED = 1; // Node.DOCUMENT_POSITION_DISCONNECTED
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The node, then the host of each shadow root it is inside, outwards: one entry per tree. */
function outwards(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = chain.at(-1)!.getRootNode()) {
    chain.push((root as ShadowRoot).host);
  }
  return chain;
}

/** True when `a` comes before `b` in the page (false when they are the same node). */
export function nodePrecedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const position = a.compareDocumentPosition(b);
  if (!(position & DISCONNECTED)) return (position & FOLLOWING) !== 0;
  // Different trees: step out of shadow roots until both stand in one tree, then compare there.
  const chainA = outwards(a);
  const chainB = outwards(b);
  for (const x of chainA) {
    const tree = x.getRootNode();
    const y = chainB.find((n) => n.getRootNode() === tree);
    if (!y) continue;
    // One is the host the other's shadow root hangs from: the host comes first.
    if (x === y) return x === a;
    // A host's shadow root comes before its light children; any element before its descendants.
    if (x.contains(y)) return true;
    if (y.contains(x)) return false;
    return (x.compareDocumentPosition(y) & FOLLOWING) !== 0;
  }
  return false; // no common tree: in different documents
}
