/**
 * Measures how common each word of the article's quotations is in ordinary text (the shared real-world
 * corpus, which quotes none of them) and writes src/quotes/rare-words.json: `npx tsx test/bench/quote-rarity.ts`.
 * Only the quotations' own words are kept, so the shipped table stays a few KB; the corpus never ships.
 * test/unit/quotes/rare-words.test.ts recomputes the table and fails when the committed one is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import quotes from '../../assets/article/quotes.json';
import { wordsIn } from '../../src/quotes/words';
import { loadCorpusTexts } from '../shared/corpus-text';
import type { RareWordTable } from '../../src/quotes/rare-words';

/** A word is rare when ordinary text has it at most this often per million words. */
const MAX_PER_MILLION = 60;

/** The table for the article's quotations, counted on `texts`. */
export function rareWordTable(texts: readonly string[]): RareWordTable {
  const wanted = new Set(quotes.flatMap((q) => wordsIn(q.text).map((w) => w.w)));
  const counts: Record<string, number> = {};
  for (const w of [...wanted].sort()) counts[w] = 0;
  let total = 0;
  for (const text of texts) {
    for (const { w } of wordsIn(text)) {
      total++;
      if (wanted.has(w)) counts[w]!++;
    }
  }
  return { corpusWords: total, maxPerMillion: MAX_PER_MILLION, counts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = rareWordTable(loadCorpusTexts().map((p) => p.text));
  const out = fileURLToPath(new URL('../../src/quotes/rare-words.json', import.meta.url));
  writeFileSync(out, JSON.stringify(table, null, 2) + '\n');
  const limit = (table.corpusWords * table.maxPerMillion) / 1e6;
  const rare = Object.entries(table.counts).filter(([, n]) => n <= limit);
  console.log(
    `${table.corpusWords} corpus words; ${rare.length} of ${Object.keys(table.counts).length} quotation words are rare (≤ ${limit.toFixed(1)} occurrences)`,
  );
  console.log(rare.map(([w, n]) => `${w} ${n}`).join(', '));
}
