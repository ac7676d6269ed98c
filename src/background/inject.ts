/**
 * The content script and the card arrive only where they are needed (see src/sentinel/): into the one frame whose
 * text may name an actor, the highlight styles and `content.js`; into a frame that shows its first card, `card.js`.
 * Both run in the content script's isolated world, as the manifest's content script does; nothing is exposed as a
 * web-accessible resource that a page could probe for.
 */
import { browser } from '../shared/browser';

/** Injects the highlight styles and the content script into one frame; false when the frame refused or went away. */
export async function injectContent(tabId: number, frameId: number): Promise<boolean> {
  const target = { tabId, frameIds: [frameId] };
  try {
    await Promise.all([
      browser.scripting.insertCSS({ target, files: ['content.css'] }),
      browser.scripting.executeScript({ target, files: ['content.js'] }),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** Injects the hover card's code into one frame (its content script asks on its first card). */
export async function injectCard(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['card.js'] });
}
