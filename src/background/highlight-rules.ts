/**
 * Inserts our highlight rules into one frame, or takes them out (see src/shared/highlight-css.ts): a stylesheet the
 * browser adds beside the page's, outside its CSSOM, only for frames that paint something.
 */
import { browser } from '../shared/browser';
import { highlightCssFor } from '../shared/highlight-css';
import contentCss from '../content/content.css';

const css = highlightCssFor(contentCss, __BROWSER__);

/** Gives frame `frameId` of tab `tabId` our rules (`on`) or takes them away; a frame gone meanwhile is no error. */
export async function setHighlightRules(tabId: number, frameId: number, on: boolean): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  try {
    if (on) await browser.scripting.insertCSS({ target, css });
    else await browser.scripting.removeCSS({ target, css });
  } catch {
    // The frame navigated or closed before the rules arrived: nothing is left to style.
  }
}
