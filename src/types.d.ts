/** Compile-time flags set by the build (darkreader-style): the few places where the browsers truly differ. */
declare const __BROWSER__: 'chrome' | 'firefox';
declare const __DEV__: boolean;

/** The content script's share of the article data, produced by `toContentShare` at build time. */
declare module 'fact-context:content-share' {
  import type { ContentShare } from './data/types';
  const share: ContentShare;
  export default share;
}
