/** Compile-time flags set by the build (darkreader-style): the few places where the browsers truly differ. */
declare const __BROWSER__: 'chrome' | 'firefox';
declare const __DEV__: boolean;
/** True where the content script records User Timing measures (development builds, the benchmark): see content/timing.ts. */
declare const __TIMING__: boolean;

/** The content script's share of the article data, produced by `toContentShare` at build time (typed in shared/content-share.ts). */
declare module 'fact-context:content-share' {
  const share: unknown;
  export default share;
}

/** CSS files imported from TypeScript load as text (esbuild `loader: { '.css': 'text' }`). */
declare module '*.css' {
  const text: string;
  export default text;
}

/** The mention engine's tables, compiled at build time by `compileTables()` (see src/background/matcher.ts). */
declare module 'fact-context:compiled-matcher' {
  /** The candidate scans (see CompiledTables.candidates). */
  export const candidates: import('./match/types').CandidateScan[];
  /** The whole tables, parsed from their JSON on first call. */
  export function load(): unknown;
}

/** The name keys, computed at build time by `nameKeys()` (src/match/name-keys.ts). */
declare module 'fact-context:name-keys' {
  const keys: import('./match/name-keys').NameKeys;
  export default keys;
}
