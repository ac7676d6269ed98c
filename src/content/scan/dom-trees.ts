/** Small questions about nodes across shadow trees, asked by the scanner's re-scans. */
import type { PageMention } from '../mentions/page-mention';

/** False for a mention whose text left the page or was re-scanned after its answer was asked for. */
export function current(m: PageMention, rescanned: Set<Node> | undefined): boolean {
  if (!m.startContainer.isConnected || !m.endContainer.isConnected) return false;
  if (!rescanned) return true;
  for (let n: Node | null = m.startContainer; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null)
    if (rescanned.has(n)) return false;
  return true;
}

/** True when `node` is `root` or inside it, through any shadow roots between them. */
export function containsAcrossShadows(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === root) return true;
  return false;
}

/** True when an ancestor of `node` (in its own tree) is in `set`. */
export function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}

/** The Text nodes of a subtree (itself, for a Text node), in document order. */
export function textNodesIn(root: Node): Text[] {
  if (root.nodeType === 3) return [root as Text];
  const out: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
