/**
 * Matching runs here, in the background, not in the pages: content scripts walk the page and send its text,
 * and one warm matcher answers for every tab and frame. A page's main thread then pays only for the walk,
 * and no frame has to load or warm up the engine and its tables (see the README's "Scanning").
 *
 * Compiling the alias tables takes ~50 ms, so the build precompiles them; they are parsed only when some
 * text first holds a candidate. A reader who narrows the languages gets the same tables restricted to them.
 */
import { candidates, load } from 'fact-context:compiled-matcher';
import {
  LANGS,
  createLazyMatcher,
  packMentions,
  restrictLanguages,
  type CompiledTables,
  type Lang,
  type Matcher,
  type PackedMentions,
} from '../match';

const matchers = new Map<string, Matcher>();

/** A matcher for these languages (made once per language set). */
function matcherFor(languages: readonly string[]): Matcher {
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

/** The `find-mentions` message: the mentions of each text (given in pieces), packed. Rejects anything else. */
export function findMentionsIn(texts: unknown, languages: unknown): PackedMentions {
  if (!Array.isArray(texts) || !texts.every(isStrings))
    throw new Error('find-mentions: texts must be an array of texts, each an array of strings');
  if (!Array.isArray(languages) || !languages.every((l) => typeof l === 'string'))
    throw new Error('find-mentions: languages must be an array of strings');
  const matcher = matcherFor(languages);
  return packMentions(texts.map((parts: string[]) => matcher.findMentions(parts.join(''))));
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === 'string');
}
