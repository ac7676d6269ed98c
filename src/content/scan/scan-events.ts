/** What the scanner publishes (see Scanner): the pipeline connects these to the highlighter and the frame summary. */
import type { PageMention } from '../mentions/page-mention';

/** What the scanner tells the rest of the content script. */
export interface ScanEvents {
  /** New mentions are in the store. */
  added(mentions: readonly PageMention[]): void;
  /** Mentions left the store. */
  removed(mentions: readonly PageMention[]): void;
  /** Pending spans were added to the store: their mentions are made when someone needs them. */
  deferred(): void;
  /** The page changed its DOM; the change is re-scanned in the next batch. */
  domChanged(): void;
  /** A batch of the page's DOM changes is being handled. */
  batchHandled(): void;
  /** The store's counts or the scan's state changed (a frame summary is due). */
  changed(): void;
}
