/**
 * Our in-page UI, recognised by reference. The card's host is a plain built-in element that we create: a page cannot
 * define or upgrade it (a custom element name could be defined first by the page, which would then construct our
 * host and reach its closed root), and no tag or attribute a page could copy tells us it is ours. Inside the closed
 * root, out of the page's sight, a marker lets a new instance find the host an orphaned one left behind.
 */

/**
 * The hosts, shared through the isolated world's global object: the card's code (card.js) makes the host and the
 * content script (content.js) asks, and each bundle has its own copy of this module.
 */
const HOSTS = Symbol.for('fact-context.own-hosts');
const hosts = ((globalThis as { [HOSTS]?: WeakSet<Element> })[HOSTS] ??= new WeakSet<Element>());

/** The attribute on an element at the top of our closed root (never on anything the page can see). */
export const ROOT_MARKER = 'data-fact-context-root';

/** Records `host` as our UI's host. */
export function addOwnHost(host: Element): void {
  hosts.add(host);
}

/** True when `node` is our UI's host or inside it (its light tree; the closed root is out of the page's walk). */
export function isOwnUi(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (hosts.has(el)) return true;
  }
  return false;
}

/**
 * Removes hosts an earlier instance of Fact Context left on the page (Firefox unloads an old content script with
 * the old extension, before it can take its card away). Only a content script can open a closed root: Firefox's
 * `openOrClosedShadowRoot`, Chrome's `chrome.dom.openOrClosedShadowRoot`.
 */
export function removeOrphanHosts(doc: Document): void {
  for (const el of Array.from(doc.documentElement.children)) {
    if (el.localName !== 'div' || hosts.has(el)) continue;
    const root = closedRootOf(el);
    if (root && Array.from(root.children).some((child) => child.hasAttribute(ROOT_MARKER))) el.remove();
  }
}

function closedRootOf(el: Element): ShadowRoot | null {
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } } }).chrome
    ?.dom;
  try {
    return dom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
  } catch {
    return null;
  }
}
