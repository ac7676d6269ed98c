/** Compile-time flags set by the build (darkreader-style): the few places where the browsers truly differ. */
declare const __BROWSER__: 'chrome' | 'firefox';
declare const __DEV__: boolean;
/** True where the content script records User Timing measures (development builds, the benchmark): see content/timing.ts. */
declare const __TIMING__: boolean;

/** The content script's share of the article data, produced by `toContentShare` at build time (typed in shared/share.ts). */
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

/** The UI's English strings, one table per part of the UI, made from _locales/en/messages.json by the build (build/strings-en.ts). */
declare module 'fact-context:strings-en' {
  type Messages = typeof import('../assets/_locales/en/messages.json');
  /** The messages `<prefix>_<key>`, keyed by `<key>`. */
  type Table<Prefix extends string> = {
    readonly [K in keyof Messages as K extends `${Prefix}_${infer Key}` ? Key : never]: string;
  };
  /** The hover card's strings (`card_<key>`). */
  export const card: Table<'card'>;
  /** The panel's strings (`panel_<key>`). */
  export const panel: Table<'panel'>;
}
