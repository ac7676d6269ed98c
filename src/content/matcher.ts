/**
 * The content script's matcher. Compiling the alias tables takes ~50 ms, so the build precompiles them and
 * the content script only instantiates the result; a reader who narrows the languages in the settings gets
 * the same tables restricted to them (no recompiling, and no alias tables in the content bundle).
 */
import compiled from 'fact-context:compiled-matcher';
import { LANGS, createMatcherFromCompiled, restrictLanguages, type CompiledTables, type Lang, type Matcher } from '../match';

const matchers = new Map<string, Matcher>();

/** A matcher for these languages (made once per language set). */
export function matcherFor(languages: readonly string[]): Matcher {
  const wanted = LANGS.filter((l) => languages.includes(l));
  const key = wanted.join();
  let matcher = matchers.get(key);
  if (!matcher) {
    const tables = compiled as CompiledTables;
    matcher = createMatcherFromCompiled(wanted.length === LANGS.length ? tables : restrictLanguages(tables, wanted as Lang[]));
    matchers.set(key, matcher);
  }
  return matcher;
}
