/**
 * What the walk needs to know of an element from its name alone (never from its styles, which would force a style
 * recalculation on a page that is still loading): skipped (code, form fields, embedded content), inline
 * (its text joins the line around it), or a block (it ends a run), and which built-in elements may host a shadow root.
 */
/** By `localName` (lowercase in HTML, XHTML and SVG alike). */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements that flow inside a line; anything else ends a run. */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  'rp',
  'rt',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'nobr',
  'blink',
  'slot',
]);

/** The built-in elements that may host a shadow root (besides custom elements, whose names have a hyphen). */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/**
 * Attributes that put a subtree out of the reader's text: hidden, editable, a text field by role, or a known code
 * or rich-text editor. One native `matches()` costs less than reading the attributes one by one.
 */
export const SKIP_SELECTOR = [
  '[hidden]',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="searchbox"]',
  '[role="combobox"]',
  ...['monaco-editor', 'CodeMirror', 'cm-editor', 'ace_editor', 'ql-editor', 'ProseMirror'].map((c) => `.${c}`),
].join(',');

/** True when `el` starts a new line of text (by tag, without asking for styles). */
export function isBlock(el: Element): boolean {
  return !INLINE.has(el.localName);
}

/** The nearest block ancestor (or self) that bounds a run; the document's body or root at the top. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  if (el) return el;
  const root = node.getRootNode();
  return root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : (node.ownerDocument?.documentElement ?? null);
}

/** Skipped elements that take no room on the line, so the text around them still joins. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'wbr']);

/** What the walk needs to know of an element's name, as bits found in one lookup (names not listed: 0, a block). */
export const SKIPPED = 1;
export const UNSEEN = 2;
export const INLINED = 4;
export const HOST = 8;
export const KINDS = new Map<string, number>();
for (const [set, bit] of [
  [SKIP, SKIPPED],
  [INVISIBLE, UNSEEN],
  [INLINE, INLINED],
  [SHADOW_HOSTS, HOST],
] as const) {
  for (const name of set) KINDS.set(name, (KINDS.get(name) ?? 0) | bit);
}

/**
 * True when a node sits in a subtree the walk skips (checked upward, within its tree; for live updates). By name
 * first, and `matches()` only on elements that have attributes: one `closest()` with every skipped name and
 * attribute in its selector cost several times more (0.02–0.1 ms against about 0.005 for a paragraph's four ancestors).
 */
export function insideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if ((KINDS.get(el.localName) ?? 0) & SKIPPED || (el.hasAttributes() && el.matches(SKIP_SELECTOR))) return true;
  }
  return false;
}
