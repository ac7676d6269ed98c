/**
 * Name keys: a small RegExp that finds, in any text where the matcher could find a mention, at least one key.
 * The content script tests a page's text with it before walking the DOM (see src/content/name-check.ts), so a
 * page that names no actor is never walked.
 *
 * The text it is tested on is cruder than the matcher's: the page's Text nodes glued together with nothing
 * between them (block boundaries and `<br>` are invisible there), and invisible characters removed. So a key
 * lies inside one word of a form and needs no left boundary: it is the first four characters of the form's
 * longest word that has a capital letter (a form matches only as written, in ALL CAPS or capitalised: every
 * written variant is one of the forms, so the keys are taken from all of them); a shorter word is a key whole,
 * with no letter after it. A form written all in lowercase (a person's full
 * name in a tag list, a lone name in a comment: "zelensky") gets the start of its last word after whitespace, as
 * the matcher's own first test does: a key without that anchor would be tried at every lowercase letter, a scan
 * about eight times slower. (So a lone lowercase name glued to the text before it, with no whitespace, is not seen.)
 */
import { triePattern } from './trie-pattern';

/** Characters (code points) of a word that make its key: enough to rule out most pages' words. */
const KEY_CHARS = 4;
/** A lone lowercase name is keyed by more of its letters: "zele" and "podo" start common words. */
const LONE_KEY_CHARS = 6;

const HAS_CAPITAL = /\p{Lu}/u;

/**
 * After a key shorter than KEY_CHARS (a whole word: "US", "Sum", "ЄС"), no letter or digit of these scripts may
 * follow ("Summit", "USB" and "Сумма" hold no name). Every character here is a word character to the matcher,
 * so the test never rules out one of its mentions; but gluing can put a letter after a word that ended a Text
 * node, which is why the content script also tests the end of each Text node for these words (`NameKeys.wordAtEnd`).
 */
const NOT_WORD_AFTER = '(?![0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0400-\\u0481\\u0483-\\u052F])';

const NEVER = '(?!)';

/** The name keys of a set of forms (see above). */
export interface NameKeys {
  /** RegExp source (use without flags): finds a key in any text where the matcher could find a mention. */
  pattern: string;
  /**
   * RegExp source (use without flags) of the keys of forms written all in lowercase. Kept apart: in one pattern
   * with the others it makes the engine test every position, and the whole test about twenty times slower.
   */
  lowercase: string;
  /**
   * RegExp source (use without flags): one of the keys that are whole short words, at the end of a text. Those
   * are found in `pattern` only when no letter follows them, so the end of each Text node is tested for them too.
   */
  wordAtEnd: string;
  /** The last characters of those words: only a Text node ending in one is tested with `wordAtEnd`. */
  wordEnds: string;
}

/** The first `n` characters (code points) of `word`. */
function firstChars(word: string, n: number): string {
  return [...word].slice(0, n).join('');
}

/** The longest of `words` (the first of equals). */
function longest(words: readonly string[]): string {
  let best = words[0]!;
  for (const w of words) if ([...w].length > [...best].length) best = w;
  return best;
}

/** The keys of `forms` (whitespace-normalised surface forms). */
export function nameKeys(forms: Iterable<string>): NameKeys {
  const starts = new Set<string>();
  const words = new Set<string>();
  const lowercaseStarts = new Set<string>();
  for (const form of forms) {
    const all = form.split(' ').filter(Boolean);
    if (!all.length) continue;
    const capitalised = all.filter((w) => HAS_CAPITAL.test(w));
    if (!capitalised.length) {
      // a lone lowercase name ("zelensky" in a comment) after whitespace, as the matcher's own first test does
      lowercaseStarts.add(firstChars(all.at(-1)!, all.length > 1 ? KEY_CHARS : LONE_KEY_CHARS));
      continue;
    }
    const word = longest(capitalised.length ? capitalised : all);
    if ([...word].length < KEY_CHARS) words.add(word);
    else starts.add(firstChars(word, KEY_CHARS));
  }
  const parts = [];
  if (starts.size) parts.push(triePattern(starts));
  if (words.size) parts.push(`(?:${triePattern(words)})${NOT_WORD_AFTER}`);
  // No form: a pattern that never matches.
  return {
    pattern: parts.join('|') || NEVER,
    lowercase: lowercaseStarts.size ? `\\s(?:${triePattern(lowercaseStarts)})` : NEVER,
    wordAtEnd: words.size ? `(?:${triePattern(words)})$` : NEVER,
    wordEnds: [...new Set([...words].map((w) => w.at(-1)!))].join(''),
  };
}
