import { describe, expect, it } from 'vitest';
import { aliasesOf, compileTables, createMatcher, createMatcherFromCompiled, findMentions } from '../../../src/match';

describe('findMentions API', () => {
  it('returns UTF-16 offsets into the original string, in order, non-overlapping', () => {
    const text = '🙂 Putin met Zelenskyy; then Putin left.';
    const ms = findMentions(text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['Putin', 'Zelenskyy', 'Putin']);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });

  it('maps offsets back over soft hyphens and zero-width characters', () => {
    const text = 'x\u200b \u00adVla\u00addi\u200bmir Pu\u00adtin\u200b, Ky\u2060iv';
    const ms = findMentions(text);
    expect(ms.map((m) => [m.actorId, text.slice(m.start, m.end)])).toEqual([
      ['putin', 'Vla\u00addi\u200bmir Pu\u00adtin'],
      ['kyiv', 'Ky\u2060iv'],
    ]);
  });

  it('a matcher limited to some languages ignores the others', () => {
    const de = createMatcher({ languages: ['de'] });
    expect(de.findMentions('Selenskyj und Зеленский').map((m) => m.actorId)).toEqual(['zelenskyy']);
    const ru = createMatcher({ languages: ['ru'] });
    expect(ru.findMentions('Selenskyj und Зеленский').map((m) => m.start)).toEqual([14]);
  });

  it('compiled tables survive JSON and give the same result', () => {
    const compiled = JSON.parse(JSON.stringify(compileTables()));
    const text = 'Президент Владимир Путин, Kijów, the West’s Trump, Melania Trump';
    expect(createMatcherFromCompiled(compiled).findMentions(text)).toEqual(findMentions(text));
  });

  it('aliasesOf lists names in every language', () => {
    const z = aliasesOf('zelenskyy');
    for (const n of ['Zelenskyy', 'Selenskyj', 'Zełenski', 'Зеленський', 'Зеленский', 'Volodymyr Zelenskyy'])
      expect(z).toContain(n);
    expect(aliasesOf('kyiv')).toEqual(expect.arrayContaining(['Kyiv', 'Kiev', 'Kiew', 'Kijów', 'Київ', 'Киев']));
    expect(aliasesOf('nobody')).toEqual([]);
  });

  it('has aliases for every actor in the article data', async () => {
    const actors = (await import('../../../assets/article/actors.json')).default as { id: string }[];
    for (const a of actors) expect(aliasesOf(a.id).length, a.id).toBeGreaterThan(0);
  });

  it('handles empty and mention-free text', () => {
    expect(findMentions('')).toEqual([]);
    expect(findMentions('nothing to see here\n\n')).toEqual([]);
  });
});
