/**
 * Sentence spans of a paragraph, for locating the sentence around a quotation or statement.
 * Pure string code: a sentence ends at . ! ? (optionally followed by a closing quotation mark) and
 * whitespace, except inside a quotation (a quoted passage of two sentences stays in one sentence) and
 * after the abbreviation "U.S.".
 */

const ABBREVIATIONS = ['U.S.'];

/** Splits `text` into sentence spans `[start, end)`; surrounding whitespace is not part of a span. */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  let inCurly = false;
  let inStraight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') inCurly = true;
    else if (ch === '”') inCurly = false;
    else if (ch === '"') inStraight = !inStraight;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    // A closing mark right after the full stop belongs to this sentence.
    if (text[end] === '”') {
      inCurly = false;
      end++;
    } else if (text[end] === '"' && inStraight) {
      inStraight = false;
      end++;
    }
    if (inCurly || inStraight) continue;
    if (end < text.length && !/\s/.test(text[end] ?? '')) continue;
    if (ABBREVIATIONS.some((a) => text.slice(0, i + 1).endsWith(a))) continue;
    spans.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start] ?? '')) start++;
    i = start - 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** The sentence span of `text` that contains `[start, end)`, or undefined if it crosses sentences. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  return sentenceSpans(text).find((s) => s.start <= start && end <= s.end);
}
