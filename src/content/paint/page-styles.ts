/**
 * Our highlight rules, only where something is painted. The document gets them from the background on its first
 * paint (`scripting.insertCSS`, a sheet outside the page's CSSOM; see highlight-css.ts), and loses them when the
 * frame stops painting (paused, switched off, torn down): a page that names nobody, or a paused site, has no trace
 * of Fact Context in its styles. In Firefox, each shadow root we paint in also gets the rules (ShadowStyles).
 */
import type { ShadowStyles } from './shadow-styles';

export class PageStyles {
  private inDocument = false;

  constructor(
    /** Asks the background to insert (true) or remove (false) the document's rules. */
    private readonly setDocumentRules: (on: boolean) => void,
    private readonly shadows?: Pick<ShadowStyles, 'add' | 'restore' | 'destroy'>,
  ) {}

  /** Something is painted in `root` (the document, or a shadow root): gives it our rules, once. */
  add(root: Node): void {
    if (root.nodeType === 11) this.shadows?.add(root as ShadowRoot);
    // Always the document's too: Chromium's rules for a shadow tree's text inherit from the document's root.
    if (this.inDocument) return;
    this.inDocument = true;
    this.setDocumentRules(true);
  }

  /** After the page changed its DOM: gives our rules back to shadow roots that replaced their sheets. */
  restore(): void {
    this.shadows?.restore();
  }

  /** Takes our rules out of the document and every shadow root. */
  destroy(): void {
    this.shadows?.destroy();
    if (!this.inDocument) return;
    this.inDocument = false;
    this.setDocumentRules(false);
  }
}
