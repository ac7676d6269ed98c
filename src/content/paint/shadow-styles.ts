/**
 * Firefox paints a custom highlight only where a `::highlight()` rule matches the highlighted text's own element,
 * and the document's rules (content.css) never match inside a shadow tree: names in web components were
 * registered but not seen. So, in Firefox, a shadow root we paint in gets the same rules, as one constructed
 * stylesheet added to its `adoptedStyleSheets`: no element, no attribute, nothing in the page's DOM. Chromium
 * needs none: its highlight styles inherit into shadow trees from their host.
 */
export class ShadowStyles {
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<ShadowRoot>();

  constructor(private readonly css: string) {}

  /** Gives `root` our rules, unless it has them (the page may have replaced its sheets since we last looked). */
  add(root: ShadowRoot): void {
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(this.css);
      }
      const sheets = readSheets(root);
      if (sheets.includes(this.sheet)) return;
      writeSheets(root, [...sheets, this.sheet]);
      this.roots.add(root);
    } catch {
      // A page that will not take the sheet keeps its highlights registered but unseen; it must not see an error.
    }
  }

  /**
   * After the page changed its DOM: gives our rules back to the roots whose component replaced its sheets (a
   * re-render) while their names stay painted, and lets go of the roots whose host left the document, taking our
   * rules out of them, so that a page that keeps replacing its components does not keep their old roots alive here.
   */
  restore(): void {
    for (const root of this.roots) {
      if (root.host.isConnected) this.add(root);
      else this.takeOut(root);
    }
  }

  /** Takes our rules out of every shadow root they were added to, leaving the page's own sheets. */
  destroy(): void {
    for (const root of this.roots) this.takeOut(root);
  }

  private takeOut(root: ShadowRoot): void {
    this.roots.delete(root);
    try {
      writeSheets(
        root,
        readSheets(root).filter((sheet) => sheet !== this.sheet),
      );
    } catch {
      // As in add().
    }
  }
}

/** Firefox's content-script globals for crossing into the page's compartment (absent in Chromium). */
declare const cloneInto: (<T>(value: T, target: object, options: { wrapReflectors: boolean }) => T) | undefined;
declare const XPCNativeWrapper: (<T>(value: T) => T) | undefined;

/**
 * The root whose `adoptedStyleSheets` we read and set. Firefox before 141 gives a content script an Xray view of
 * the list with no length and refuses writes through it ("Accessing from Xray wrapper is not supported"); there
 * we use the page's own object (`wrappedJSObject`), re-wrapping each sheet read so that ours compares equal, and
 * cloning the list we set into the page. Everywhere else the plain property works and is used, out of the page's
 * reach.
 */
function pageSide(root: ShadowRoot): { root: ShadowRoot; viaPage: boolean } {
  if (typeof root.adoptedStyleSheets.length === 'number') return { root, viaPage: false };
  const page = (root as ShadowRoot & { wrappedJSObject?: ShadowRoot }).wrappedJSObject;
  if (!page || typeof cloneInto !== 'function' || typeof XPCNativeWrapper !== 'function')
    throw new Error('adoptedStyleSheets cannot be read here');
  return { root: page, viaPage: true };
}

function readSheets(root: ShadowRoot): CSSStyleSheet[] {
  const side = pageSide(root);
  const list = side.root.adoptedStyleSheets;
  const sheets: CSSStyleSheet[] = [];
  // By index: the page's list may come with no array methods and no iterator.
  for (let i = 0; i < list.length; i++) sheets.push(side.viaPage ? XPCNativeWrapper!(list[i]!) : list[i]!);
  return sheets;
}

function writeSheets(root: ShadowRoot, sheets: CSSStyleSheet[]): void {
  const side = pageSide(root);
  side.root.adoptedStyleSheets = side.viaPage ? cloneInto!(sheets, window, { wrapReflectors: true }) : sheets;
}
