import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions, type Mention } from '../../../src/match';
import { CORPUS_DIR } from '../../paths';
import { loadCorpusTexts } from '../../shared/corpus-text';

/** Given names of other people who share an actor's surname (family members appear often in the news). */
const FAMILY = /(?:Melania|Ivanka|Eric|Barron|Tiffany|Lara|Ivana|Fred|Brigitte|Lyudmila|Ludmila|Olena)[^\S\n]+$/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

interface Found extends Mention {
  page: string;
  surface: string;
  around: string;
  /** Offset of the mention in `around`. */
  at: number;
}

describe.skipIf(!existsSync(CORPUS_DIR))('real-world corpus', () => {
  const found: Found[] = [];
  const byPage = new Map<string, Found[]>();
  const texts = new Map<string, string>();
  let chars = 0;
  const t0 = performance.now();
  for (const { name, text } of loadCorpusTexts()) {
    chars += text.length;
    texts.set(name, text);
    const list = findMentions(text).map((m) => ({
      ...m,
      page: name,
      surface: text.slice(m.start, m.end),
      around: text.slice(Math.max(0, m.start - 30), m.end + 30),
      at: m.start - Math.max(0, m.start - 30),
    }));
    byPage.set(name, list);
    found.push(...list);
  }
  const ms = performance.now() - t0;
  const counts: Record<string, number> = {};
  for (const f of found) counts[f.actorId] = (counts[f.actorId] ?? 0) + 1;
  console.log(
    `corpus: ${byPage.size} pages, ${(chars / 1e6).toFixed(2)} M chars, ${found.length} mentions, ${ms.toFixed(0)} ms (incl. parsing)`,
  );
  console.log(
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  );

  it('never matches a lowercase common word (only a full name such as "donald trump", or a name no word shares)', () => {
    // names that are no word of any of the seven languages ("zelensky", "путин"), as comments write them
    const wordless = /^(?:putin|путин|путін|zelensk|zełensk|selensk|зеленськ|зеленск|podol|подоляк|lavrov|kyiv)/u;
    const bad = found.filter((f) => !/\p{Lu}/u.test(f.surface) && !/\s/u.test(f.surface) && !wordless.test(f.surface));
    expect(bad.map((f) => `${f.page}: ${f.around}`)).toEqual([]);
  });

  it('never matches inside a longer word', () => {
    const bad = found.filter((f) => {
      const { around, at } = f;
      return WORD.test(around[at - 1] ?? '') || WORD.test(around[at + f.surface.length] ?? '');
    });
    expect(bad.map((f) => `${f.page}: ${f.around}`)).toEqual([]);
  });

  it('never matches a family member or a "Jr."', () => {
    const bad = found.filter((f) => {
      const { at } = f;
      return FAMILY.test(f.around.slice(0, at)) || /^,?\s*Jr/u.test(f.around.slice(at + f.surface.length));
    });
    expect(bad.map((f) => `${f.page}: ${f.around}`)).toEqual([]);
  });

  it('skips the bait and finds the genuine mentions', () => {
    const trumps = (page: string): string[] =>
      (byPage.get(page) ?? []).filter((f) => f.actorId === 'trump').map((f) => f.surface);
    const baitHit = (page: string, bait: string): string[] => {
      const text = texts.get(page) ?? '';
      const at = text.indexOf(bait);
      expect(at, `${bait} in ${page}`).toBeGreaterThanOrEqual(0);
      return (byPage.get(page) ?? []).filter((f) => f.start < at + bait.length && f.end > at).map((f) => f.surface);
    };
    expect(baitHit('readability/aclu.html', 'trumped up')).toEqual([]);
    expect(baitHit('readability/medium-3.html', 'trumpted')).toEqual([]);
    expect(baitHit('readability/wikipedia-2.html', 'trumpets')).toEqual([]);
    expect(trumps('readability/medium-3.html')).toEqual(['Trump']); // a genuine sidebar headline
    expect(trumps('readability/folha.html')).toEqual([]); // "governo trump": lowercase surname alone is not matched
    expect(trumps('postlight/nymag.com.html').length).toBeGreaterThan(40);
    const deadline = (byPage.get('postlight/deadline.com.html') ?? []).map((f) => f.actorId);
    expect(deadline).toEqual(expect.arrayContaining(['trump', 'zelenskyy'])); // "Meeting Volodymyr Zelenskyy" in a sidebar
    expect((byPage.get('readability/nytimes-5.html') ?? []).map((f) => `${f.actorId}=${f.surface}`)).toContain(
      'kyiv=Kiev',
    );
  });
});
