/**
 * A first look at a page before the walk: could its text hold a name at all? Most pages a reader opens name no
 * actor of the article, and for them walking the DOM is most of the start-up cost. This look is cheaper: a
 * TreeWalker that shows JavaScript only the Text nodes (elements are stepped over natively), their text glued
 * together and tested for the name keys (src/match/name-keys.ts) every 16 KB, stopping at the first key.
 *
 * It never says "no" where the walk would find a name: the glued text holds every word the walk's text holds,
 * script and style text included (a large Text node under a script or style is left out: that is code, not
 * prose). Open shadow roots of custom elements (`<my-card>`, found natively by XPath) are looked into too.
 * Not seen: shadow roots attached to built-in elements (`<div>`), which only the walk finds; on a page whose
 * other text names nobody, they are not scanned.
 */
import { removeIgnorables } from '../../match/ignorables';
import type { NameKeys } from '../../match/name-keys';

/** Text gathered before each test of the keys. */
const CHUNK_CHARS = 16_384;
/** Text kept from one chunk to the next, so that a key across the cut is still found. */
const CARRY_CHARS = 16;
/** Text nodes at least this long have their parent checked: a big script or style is code, not prose. */
const BIG_TEXT = 2_048;
const CODE = new Set(['script', 'style']);
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";

/** The name keys, ready to test: the pattern, and the short whole-word keys at the end of a text. */
export interface KeyTests {
  keys: RegExp;
  lowercase: RegExp;
  wordAtEnd: RegExp;
  /** The last characters of the whole-word keys: only a Text node ending in one is tested with `wordAtEnd`. */
  wordEnds: Set<number>;
}

export function keyTests({ pattern, lowercase, wordAtEnd, wordEnds }: NameKeys): KeyTests {
  return {
    keys: new RegExp(pattern),
    lowercase: new RegExp(lowercase),
    wordAtEnd: new RegExp(wordAtEnd),
    wordEnds: new Set([...wordEnds].map((c) => c.charCodeAt(0))),
  };
}

/**
 * True when `text` holds a name key: false means the matcher would find no mention in it. (The short whole-word
 * keys need no letter after them: true of any text the walk sends, whose runs are apart, not of glued Text nodes.)
 */
export function holdsKey(tests: KeyTests, text: string): boolean {
  const visible = removeIgnorables(text);
  return tests.keys.test(visible) || tests.lowercase.test(visible);
}

export class NameCheck {
  /** Roots still to look at: the document, then the open shadow roots found under it. */
  private readonly roots: Node[];
  private walker: TreeWalker | null = null;
  private text = '';
  /** The last non-empty Text node's text (for a short word that ends it). */
  private previous = '';
  /** The open shadow roots found (the scanner observes them when the walk is skipped). */
  readonly shadowRoots: ShadowRoot[] = [];
  /** The custom elements found without a shadow root (the scanner waits for them: see LateHosts). */
  readonly bareCustomElements: Element[] = [];

  /** Looks at `root` (the whole document unless given) and the open shadow roots of custom elements under it. */
  constructor(
    private readonly doc: Document,
    private readonly tests: KeyTests,
    root: Node = doc.documentElement ?? doc,
  ) {
    this.roots = [root];
  }

  /**
   * Looks until `timeUp()`: true when the text holds a key (or the page moved the node the look was at: then
   * the walk should run), false when no text holds one, undefined when the look is not finished.
   */
  step(timeUp: () => boolean): boolean | undefined {
    for (;;) {
      if (!this.walker) {
        const root = this.roots.shift();
        if (!root) return false;
        this.walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        this.text = '';
        this.previous = '';
      } else if (!this.walker.currentNode.isConnected) {
        return true;
      }
      const walker = this.walker;
      const { wordAtEnd, wordEnds } = this.tests;
      let text = this.text;
      let previous = this.previous;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        if (data.length >= BIG_TEXT && CODE.has((node.parentNode as Element | null)?.localName ?? '')) continue;
        text += data;
        // A short word ending a Text node may be glued to a letter of the next one ("US" + "World"). (Only
        // `data` is read here: reading the glued text would flatten it on every node.)
        if (
          wordEnds.has(data.charCodeAt(data.length - 1)) &&
          wordAtEnd.test(data.length >= CARRY_CHARS ? data : previous.slice(-CARRY_CHARS) + data)
        )
          return true;
        if (data.length) previous = data;
        if (text.length < CHUNK_CHARS) continue;
        if (holdsKey(this.tests, text)) return true;
        text = text.slice(-CARRY_CHARS);
        if (timeUp()) {
          this.text = text;
          this.previous = previous;
          return undefined;
        }
      }
      if (holdsKey(this.tests, text)) return true;
      // Only now, as most pages with a name never get here: the shadow roots under this root. (Should an odd
      // document refuse the search, the walk will find them.)
      try {
        this.shadowRootsUnder(walker.root);
      } catch {
        return true;
      }
      this.walker = null;
    }
  }

  /** Queues the open shadow roots of the custom elements under `root` (looked at after it). */
  private shadowRootsUnder(root: Node): void {
    for (const host of customElementsUnder(this.doc, root)) {
      const shadow = host.shadowRoot;
      if (!shadow) this.bareCustomElements.push(host);
      else if (!this.shadowRoots.includes(shadow)) {
        this.shadowRoots.push(shadow);
        this.roots.push(shadow);
      }
    }
  }
}

/** The elements in `root` (itself included) whose names have a hyphen: natively by XPath where the DOM has it. */
function customElementsUnder(doc: Document, root: Node): Element[] {
  if (typeof doc.evaluate !== 'function')
    return [...(root as ParentNode).querySelectorAll('*')].filter((el) => el.localName.includes('-'));
  // A shadow root is no context node for XPath: its elements are.
  const contexts = root.nodeType === 11 ? [...(root as ShadowRoot).children] : [root];
  return contexts.flatMap((context) => {
    const found = doc.evaluate(CUSTOM_ELEMENTS, context, null, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, null);
    return Array.from({ length: found.snapshotLength }, (_, i) => found.snapshotItem(i) as Element);
  });
}
