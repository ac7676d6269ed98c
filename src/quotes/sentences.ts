/**
 * Sentence bounds in page text, for "the same sentence or the one next to it". Pages are not tidy prose, so
 * this is deliberately simple: a sentence ends at a line break (a block of the page) or at . ! ? … (with any
 * closing quotation marks or brackets) followed by a space and a capital, a digit or an opening mark; a
 * period after a single letter ("U.S.") or a common abbreviation does not end one. A quotation that ends in a
 * full stop ends a sentence: “… it ends.” Zelenskyy said. — so attribution also looks one sentence away.
 */

const TERMINAL = '.!?…';
const CLOSERS = '"”»’\')]›」';
const OPENERS = '"“„«‘‚([‹「';
/** How far a sentence bound is looked for: a page's "sentence" may be a whole unpunctuated block. */
const REACH = 600;
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'col',
  'sen',
  'rep',
  'gov',
  'prof',
  'vs',
  'no',
  'z.b',
  'bzw',
  'nr',
  'ул',
  'г',
  'т.е',
  'p',
  'pp',
  'np',
  'm',
  'mme',
  'sr',
  'sra',
  'dr',
]);

/** White space, by code (called for most characters of a sentence: a RegExp per character costs more). */
const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
};
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();

/** When a sentence ends with the terminal character at `j`: the offset after it (and its closing marks), else -1. */
function endAfter(s: string, j: number): number {
  let k = j + 1;
  while (k < s.length && CLOSERS.includes(s[k]!)) k++;
  if (k >= s.length) return k;
  if (!isSpace(s[k])) return -1;
  let m = k;
  while (m < s.length && isSpace(s[m]) && s[m] !== '\n') m++;
  const next = s[m];
  if (next !== undefined && next !== '\n' && !isUpper(next) && !/\d/.test(next) && !OPENERS.includes(next)) return -1;
  if (s[j] === '.') {
    let w = j;
    while (w > 0 && /[\p{L}.]/u.test(s[w - 1]!)) w--;
    const word = s.slice(w, j).toLowerCase();
    if (word.length <= 1 || ABBREVIATIONS.has(word) || word.includes('.')) return -1;
  }
  return k;
}

/** Offset where the sentence holding offset `i` starts. */
function sentenceStart(s: string, i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - REACH; j--) {
    const ch = s[j]!;
    if (ch === '\n') return j + 1;
    if (TERMINAL.includes(ch)) {
      const k = endAfter(s, j);
      if (k >= 0 && k <= i) {
        let m = k;
        while (m < i && isSpace(s[m])) m++;
        return m;
      }
    }
  }
  return Math.max(0, i - REACH);
}

/** Offset where the sentence holding offset `i` ends (exclusive). */
function sentenceEnd(s: string, i: number): number {
  for (let j = i; j < s.length && j < i + REACH; j++) {
    const ch = s[j]!;
    if (ch === '\n') return j;
    if (TERMINAL.includes(ch)) {
      const k = endAfter(s, j);
      if (k >= 0) return k;
    }
  }
  return Math.min(s.length, i + REACH);
}

/** Bounds of the sentence holding `[start, end)` and of the sentences right before and after it. */
export function sentencesAround(
  s: string,
  start: number,
  end: number,
): { before: number; from: number; to: number; after: number } {
  const from = sentenceStart(s, start);
  const to = sentenceEnd(s, end);
  let b = from;
  while (b > 0 && isSpace(s[b - 1])) b--;
  const before = b > 0 ? sentenceStart(s, b - 1) : from;
  let a = to;
  while (a < s.length && isSpace(s[a])) a++;
  const after = a < s.length ? sentenceEnd(s, a + 1) : to;
  return { before, from, to, after };
}
