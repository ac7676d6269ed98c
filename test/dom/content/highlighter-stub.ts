/** A highlighter that paints nothing, for scanner tests (happy-dom has no CSS Custom Highlight API). */
import type { Highlighter } from '../../../src/content/paint/highlighter';

export const highlighterStub = {
  track() {},
  untrack() {},
  ensureRegistered() {},
  restoreShadowStyles() {},
  refresh() {},
  pageChanged() {},
} as unknown as Highlighter;
