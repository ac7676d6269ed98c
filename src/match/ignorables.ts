/**
 * Characters pages put inside or between words that a reader does not see: soft hyphen, zero-width space,
 * non-joiner and joiner, word joiner, BOM. The matcher removes them before matching and maps offsets back.
 * (Visible spaces — NBSP, thin and narrow spaces, line breaks — stay: the pattern treats them as `\s`.)
 */
const IGNORABLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const IGNORABLE_G = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The text without invisible characters (when no offsets are needed). */
export function removeIgnorables(s: string): string {
  return IGNORABLE.test(s) ? s.replace(IGNORABLE_G, '') : s;
}

/** The text without invisible characters, and for each index of it the index in the original text. */
export interface Stripped {
  text: string;
  /** offsets[i] = original index of stripped character i; offsets[text.length] = original length. */
  offsets: Int32Array | null;
}

/** Removes invisible characters; `offsets` is null (identity) when there were none, the common case. */
export function stripIgnorables(s: string): Stripped {
  if (!IGNORABLE.test(s)) return { text: s, offsets: null };
  const offsets = new Int32Array(s.length + 1);
  let out = '';
  let n = 0;
  let last = 0;
  IGNORABLE_G.lastIndex = 0;
  for (let m = IGNORABLE_G.exec(s); m; m = IGNORABLE_G.exec(s)) {
    for (let i = last; i < m.index; i++) offsets[n++] = i;
    out += s.slice(last, m.index);
    last = m.index + 1;
  }
  for (let i = last; i < s.length; i++) offsets[n++] = i;
  out += s.slice(last);
  offsets[n] = s.length;
  return { text: out, offsets };
}
