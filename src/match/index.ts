/** The mention engine: string in, mentions out. No DOM, no browser API. */
export { createMatcher, createMatcherFromCompiled, createLazyMatcher, findMentions, aliasesOf } from './find-mentions';
export { compileTables } from './compile-tables';
export { restrictLanguages } from './restrict-languages';
export { LANGUAGES } from './types';
export { packMentions, unpackMentions, type PackedMentions } from './packed';
export type { Language, Mention, Matcher, CompiledTables } from './types';
