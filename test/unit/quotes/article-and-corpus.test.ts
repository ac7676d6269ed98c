import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import quotes from '../../../assets/article/quotes.json';
import { findQuotes } from '../../../src/quotes';
import rareTable from '../../../src/quotes/rare-words.json';
import { rareWordTable } from '../../bench/quote-rarity';
import { CORPUS_DIR } from '../../paths';
import { loadCorpusTexts } from '../../shared/corpus-text';

const ARTICLE = readFileSync(new URL('../../../assets/article/article.txt', import.meta.url), 'utf8');

/** A quotation's place in the article: paragraph number, then offset. */
const place = (l: { paragraphId: string; start: number }): number => Number(l.paragraphId.slice(1)) * 1e5 + l.start;

describe('the article itself', () => {
  const spots = findQuotes(ARTICLE);

  it('every quotation of the article is found in it, once, in the article’s order', () => {
    expect(spots.map((s) => s.quoteId)).toEqual(
      [...quotes].sort((a, b) => place(a.location) - place(b.location)).map((q) => q.id),
    );
  });

  it('and every one is credited to the speaker the article names', () => {
    expect(spots.filter((s) => s.attribution.status !== 'matches').map((s) => s.quoteId)).toEqual([]);
  });
});

describe.skipIf(!existsSync(CORPUS_DIR))(
  'ordinary pages (the real-world corpus, which never quotes the article)',
  () => {
    const pages = loadCorpusTexts();

    it('no page has a spotted quotation', () => {
      const found = pages.flatMap(({ name, text }) =>
        findQuotes(text).map((q) => `${name}: ${q.quoteId} “${text.slice(q.start, q.end)}”`),
      );
      expect(pages.length).toBeGreaterThan(150);
      expect(found).toEqual([]);
    });

    it('the shipped rare-word table is the one the corpus gives (re-run test/bench/quote-rarity.ts if not)', () => {
      expect(rareWordTable(pages.map((p) => p.text))).toEqual(rareTable);
    });
  },
);
