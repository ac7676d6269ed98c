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
      const sheets = root.adoptedStyleSheets;
      if (sheets.includes(this.sheet)) return;
      root.adoptedStyleSheets = [...sheets, this.sheet];
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
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    } catch {
      // As in add().
    }
  }
}
