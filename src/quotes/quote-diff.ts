/**
 * How a page's wording of a quotation differs from the article's, word by word, for the card to render:
 * the article's exact text cut into parts the page has (`same`), leaves out inside its quotation (`omitted`),
 * does not quote at all (`outside`, before or after its excerpt), words it has instead (`changed`) and words
 * it adds (`added`). Words are compared as the spotter compares them (case, apostrophes and punctuation do not
 * count), aligned by their longest common subsequence (a quotation is a few dozen words: the table is tiny).
 * The article's parts keep its punctuation and spacing, so they concatenate back to its quotation.
 */
import { quoteIndex, type IndexedQuote } from './quote-index';
import type { DiffPart } from './types';
import { wordsIn, type Word } from './words';

/** The parts of the article's quotation `quoteId` against the page's text of the spot (`pageText`). */
export function quoteDiff(quoteId: string, pageText: string): DiffPart[] {
  const quote = quoteIndex().quotes.find((q) => q.id === quoteId);
  if (!quote) throw new Error(`quoteDiff: no quotation ${quoteId}`);
  return diffAgainst(quote, pageText);
}

/** The diff against one indexed quotation. */
function diffAgainst(quote: IndexedQuote, pageText: string): DiffPart[] {
  const page = wordsIn(pageText);
  const pairs = lcs(
    page.map((w) => w.w),
    quote.words,
  );
  const n = quote.words.length;
  // The article's text of quotation words [a, b): each word with the punctuation and space after it ("darkest, "),
  // the first from the start of the text, the last to its end.
  const qText = (a: number, b: number): string =>
    quote.text.slice(a === 0 ? 0 : quote.offsets[a]!.start, b === n ? quote.text.length : quote.offsets[b]!.start);
  const pText = (a: number, b: number): string =>
    a < b ? pageText.slice((page[a] as Word).start, (page[b - 1] as Word).end) : '';
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string, pageWords?: string): void => {
    const last = parts.at(-1);
    if (last && last.kind === kind && kind !== 'changed' && kind !== 'added') last.text += text;
    else parts.push(pageWords === undefined ? { kind, text } : { kind, text, page: pageWords });
  };
  if (!pairs.length) return [{ kind: 'outside', text: quote.text }];
  const q0 = pairs[0]![1];
  if (q0 > 0) push('outside', qText(0, q0));
  for (let k = 0; k < pairs.length; k++) {
    const [p, q] = pairs[k]!;
    push('same', qText(q, q + 1));
    const next = pairs[k + 1];
    if (!next) break;
    const [np, nq] = next;
    const dropped = nq - q - 1;
    const added = np - p - 1;
    if (dropped > 0 && added > 0) push('changed', qText(q + 1, nq), pText(p + 1, np));
    else if (dropped > 0) push('omitted', qText(q + 1, nq));
    else if (added > 0) push('added', '', pText(p + 1, np));
  }
  const [, qz] = pairs.at(-1)!;
  if (qz < n - 1) push('outside', qText(qz + 1, n));
  return parts;
}

/** Index pairs (i in a, j in b) of a longest common subsequence of two word lists. */
function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const t = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      t[i * cols + j] =
        a[i] === b[j] ? t[(i + 1) * cols + j + 1]! + 1 : Math.max(t[(i + 1) * cols + j]!, t[i * cols + j + 1]!);
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (t[(i + 1) * cols + j]! >= t[i * cols + j + 1]!) i++;
    else j++;
  }
  return out;
}
