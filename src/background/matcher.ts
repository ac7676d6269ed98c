/**
 * Matching runs here, in the background, not in the pages: content scripts walk the page and send its text,
 * and one warm matcher answers for every tab and frame. A page's main thread then pays only for the walk,
 * and no frame has to load or warm up the engine and its tables (see the README's "Scanning").
 * The matcher itself is the extension's one (src/shared/article-matcher.ts).
 */
import { packMentions, type PackedMentions } from '../match';
import { matcherFor } from '../shared/article-matcher';

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
