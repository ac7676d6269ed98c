import { describe, expect, it } from 'vitest';
import { baselineRegExp, measure, measureCompile, sample } from '../../bench/match-measure';
import { generateNewsText } from '../../shared/news-text';
import { visibleText } from '../../shared/corpus-text';
import { compileTables } from '../../../src/match';

/** Keeps the benchmark's code from rotting: runs it on tiny inputs, with no timing assertions. */
describe('match benchmark helpers', () => {
  it('measures engine and baseline on a tiny input', () => {
    const texts = ['Vladimir Putin met Emmanuel Macron in Paris.', generateNewsText(2_000, 7)];
    const r = measure(texts, { rounds: 1 });
    expect(r.engineMentions).toBeGreaterThan(3);
    expect(r.baselineMatches).toBeGreaterThan(3);
    expect(Number.isFinite(r.engineMBps) && Number.isFinite(r.baselineMBps)).toBe(true);
  });

  it('reports compile figures and builds the baseline from every surface form', () => {
    const c = measureCompile();
    expect(c.formCount).toBeGreaterThan(1000);
    const re = baselineRegExp(compileTables());
    expect('Москве и Kijowie'.match(re)).toEqual(['Москве', 'Kijowie']);
  });

  it('generates deterministic text, samples it, and extracts visible text from HTML', () => {
    expect(generateNewsText(500, 1)).toBe(generateNewsText(500, 1));
    expect(sample(['abcdef', 'gh'], 4)).toEqual(['abcd']);
    const html = '<p>Vladimir <b>Putin</b></p><script>Trump()</script><div>Kyiv</div>';
    expect(visibleText(html)).toBe('\nVladimir Putin\nKyiv\n');
  });
});
