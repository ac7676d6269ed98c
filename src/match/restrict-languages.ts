import { LANGUAGES, type CompiledTables, type FormRef, type Language } from './types';

/**
 * Narrows precompiled tables to some languages without recompiling (recompiling costs ~50 ms): each
 * form keeps only the meanings it has in those languages. The candidate scans stay as they are; a
 * candidate left with no meaning is simply not a mention.
 */
export function restrictLanguages(compiled: CompiledTables, languages: readonly Language[]): CompiledTables {
  const wanted = languages.reduce((bits, lang) => bits | (1 << LANGUAGES.indexOf(lang)), 0);
  const forms: Record<string, FormRef[]> = {};
  for (const [text, refs] of Object.entries(compiled.forms)) {
    const kept = refs.filter((ref) => ref[2] & wanted).map(([id, flags, mask]): FormRef => [id, flags, mask & wanted]);
    if (kept.length) forms[text] = kept;
  }
  return { ...compiled, languages: LANGUAGES.filter((l) => languages.includes(l)), forms };
}
