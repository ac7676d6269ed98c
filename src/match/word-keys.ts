/**
 * Word keys: most words beside a place are plain lowercase words that no namesake rule looks for ("in", "und",
 * "заявил"), and reading one (a copy, a lowercase copy, a few set lookups) costs more than all the other checks. So
 * a word in the text is first told apart from the words of some sets by a key: its first character and its second
 * lowercased where that is simple (the letters of ASCII, Latin-1 and basic Cyrillic; 0 for any other character or
 * none), as one number. A word that starts with a lowercase letter, whose second character is such a letter or
 * ASCII or "’", and whose key no word of the sets has (as the sets hold them: as written, or lowercased), is none of
 * them, even lowercased or without a trailing "." or "’": it need not be read.
 */

/** The lowercase of a letter of ASCII, Latin-1 or basic Cyrillic; -1 for any other character. */
function simpleLower(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) return c <= 0xde ? c + 32 : c;
  if (c >= 0x400 && c <= 0x45f) return c < 0x410 ? c + 80 : c < 0x430 ? c + 32 : c;
  return -1;
}

const wordKey = (first: number, second: number): number => first * 0x10000 + Math.max(0, simpleLower(second));

/** The keys of the words in these sets. */
export function wordKeys(...sets: Iterable<string>[]): Set<number> {
  const keys = new Set<number>();
  for (const set of sets) for (const w of set) if (w) keys.add(wordKey(w.charCodeAt(0), w.charCodeAt(1)));
  return keys;
}

/** True when the word at `i` in `s` is none of the words with these keys, told by its first two characters. */
export function unlisted(s: string, i: number, keys: Set<number>): boolean {
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  // a capital, or a character whose lowercase may be simple (Kelvin sign, Ÿ): read the word
  if (simpleLower(c) !== c || (d >= 0x80 && d !== 0x2019 && simpleLower(d) < 0)) return false;
  return !keys.has(wordKey(c, d));
}
