/**
 * Quote engine cost against the name engine's on the same text, in the same run:
 * `npx tsx test/bench/quote.bench.ts` (PASSES=n for more passes). Inputs: every corpus page (ordinary pages:
 * no quotation of the article), 1 MB of generated multilingual news text, and 1 MB made of the article's own
 * text (the worst case: every paragraph holds a quotation, each checked for its speaker). Each figure is the
 * fastest of the passes (the least disturbed by other work), both engines warm.
 */
import { existsSync, readFileSync } from 'node:fs';
import { findMentions } from '../../src/match';
import { findQuotes } from '../../src/quotes';
import { CORPUS_DIR } from '../paths';
import { loadCorpusTexts } from '../shared/corpus-text';
import { generateNewsText } from '../shared/news-text';

const PASSES = Number(process.env.PASSES ?? 9);
const ARTICLE = new URL('../../assets/article/article.txt', import.meta.url);

function repeatTo(text: string, chars: number): string {
  let out = '';
  while (out.length < chars) out += text + '\n';
  return out;
}

/** Fastest time of `PASSES` passes of each engine over `texts` (interleaved, so both see the same load). */
function measure(texts: readonly string[]): { mentionsMs: number; quotesMs: number; givenMs: number; spots: number } {
  let mentionsMs = Infinity;
  let quotesMs = Infinity;
  let givenMs = Infinity;
  let spots = 0;
  for (let r = 0; r < PASSES; r++) {
    let t0 = performance.now();
    const mentions = texts.map((t) => findMentions(t));
    mentionsMs = Math.min(mentionsMs, performance.now() - t0);
    t0 = performance.now();
    spots = 0;
    for (const t of texts) spots += findQuotes(t).length;
    quotesMs = Math.min(quotesMs, performance.now() - t0);
    // As the background would call it: with the mentions it has just found in the same text.
    t0 = performance.now();
    texts.forEach((t, i) => findQuotes(t, { mentions: mentions[i] }));
    givenMs = Math.min(givenMs, performance.now() - t0);
  }
  return { mentionsMs, quotesMs, givenMs, spots };
}

function report(label: string, texts: readonly string[]): void {
  const mb = texts.reduce((a, t) => a + t.length, 0) / 1e6;
  const r = measure(texts);
  console.log(
    `${label.padEnd(22)} ${mb.toFixed(2)} M chars, ${r.spots} quotes spotted: names ${r.mentionsMs.toFixed(1)} ms; ` +
      `quotes ${r.quotesMs.toFixed(1)} ms (${(r.quotesMs / r.mentionsMs).toFixed(2)}× names), ` +
      `with the names given ${r.givenMs.toFixed(1)} ms (${(r.givenMs / r.mentionsMs).toFixed(2)}× names)`,
  );
}

// Warm both engines (the name tables compile on first use) before anything is timed.
findMentions('Putin');
findQuotes('“We’ll proceed from the assumption that these are legitimate targets for strikes,” Putin said.');

if (existsSync(CORPUS_DIR))
  report(
    'corpus (every page)',
    loadCorpusTexts().map((p) => p.text),
  );
report('generated news text', [generateNewsText(1_000_000)]);
report('the article, repeated', [repeatTo(readFileSync(ARTICLE, 'utf8'), 1_000_000)]);
