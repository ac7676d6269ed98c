/**
 * The content script's matcher. Compiling the alias tables takes ~50 ms, so the build precompiles them; the
 * content script parses them only when a page's text first holds a candidate (most pages: never).
 * A reader who narrows the languages in the settings gets the same tables restricted to them (no recompiling,
 * and no alias tables in the content bundle).
 */
import { candidates, load } from 'fact-context:compiled-matcher';
import { LANGS, createLazyMatcher, restrictLanguages, type CompiledTables, type Lang, type Matcher } from '../match';

const matchers = new Map<string, Matcher>();

/** A matcher for these languages (made once per language set). */
export function matcherFor(languages: readonly string[]): Matcher {
  const wanted = LANGS.filter((l) => languages.includes(l));
  const key = wanted.join();
  let matcher = matchers.get(key);
  if (!matcher) {
    const tables = () => load() as CompiledTables;
    const all = wanted.length === LANGS.length;
    // The candidates of all languages are a superset of any subset's: they stay valid for a restricted matcher.
    matcher = createLazyMatcher(candidates, all ? tables : () => restrictLanguages(tables(), wanted as Lang[]));
    matchers.set(key, matcher);
  }
  return matcher;
}
