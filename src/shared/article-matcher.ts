/**
 * The extension's one matcher factory, for every context that matches (the background for pages, the panel for the
 * article's own text). Compiling the alias tables takes ~50 ms, so the build precompiles them
 * (`fact-context:compiled-matcher`); they are parsed only when some text first holds a candidate. A reader who
 * narrows the languages gets the same tables restricted to them.
 */
import { candidates, load } from 'fact-context:compiled-matcher';
import {
  LANGUAGES,
  createLazyMatcher,
  restrictLanguages,
  type CompiledTables,
  type Language,
  type Matcher,
} from '../match';

const matchers = new Map<string, Matcher>();

/** The article's matcher for these languages (default: all), made once per language set. */
export function matcherFor(languages: readonly string[] = LANGUAGES): Matcher {
  const wanted = LANGUAGES.filter((l) => languages.includes(l));
  const key = wanted.join();
  let matcher = matchers.get(key);
  if (!matcher) {
    const tables = () => load() as CompiledTables;
    const all = wanted.length === LANGUAGES.length;
    // The candidates of all languages are a superset of any subset's: they stay valid for a restricted matcher.
    matcher = createLazyMatcher(candidates, all ? tables : () => restrictLanguages(tables(), wanted as Language[]));
    matchers.set(key, matcher);
  }
  return matcher;
}
