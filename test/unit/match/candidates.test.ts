import { describe, expect, it } from 'vitest';
import { compileTables, createLazyMatcher, createMatcherFromCompiled } from '../../../src/match';
import { candidateScans } from '../../../src/match/compile-tables';
import { triePattern } from '../../../src/match/trie-pattern';
import { loadCorpusTexts } from '../../shared/corpus-text';

const compiled = compileTables();
const scans = compiled.candidates.map((c) => ({
  re: new RegExp(c.pattern, 'gu'),
  when: c.when ? new RegExp(c.when) : undefined,
}));

/** The scans that find `form` in a text, and whose `when` lets that text through. */
function scansFinding(form: string, text: string): number[] {
  return scans.flatMap(({ re, when }, i) => {
    if (when && !when.test(text)) return [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (m.index === 1 && m[0] === form) return [i];
    return [];
  });
}

describe('candidate scans', () => {
  it('find every surface form, each in exactly one scan, with its `when` passing', () => {
    const wrong = Object.keys(compiled.forms).filter((form) => scansFinding(form, ` ${form} `).length !== 1);
    expect(wrong).toEqual([]);
  });

  it('split forms by first character, each scan behind a cheap test', () => {
    const split = candidateScans(['Vladimir Putin', 'EU', 'Путін', 'donald trump', 'pont de Crimée']);
    expect(split).toHaveLength(3);
    const [latin, cyrillic, lower] = split.map((s) => new RegExp(s.when!)) as [RegExp, RegExp, RegExp];
    // Latin capitals: the first four characters of a form (up to its first space) must occur.
    expect(latin.test('A recipe for bread: Very long rising, Vladivostok style')).toBe(true);
    expect(latin.test('A recipe for bread: flour, water, salt')).toBe(false);
    // A shorter first word counts only whole: "Sum" (Polish, Sumy) is not in "Summit"; "EE." must end the word.
    const short = new RegExp(candidateScans(['Sum', 'EE. UU.'])[0]!.when!);
    expect(short.test('Summit talks, EEG results')).toBe(false);
    expect(short.test('w Sum, EE.\u00a0UU.')).toBe(true);
    expect(cyrillic.test('plain Latin text')).toBe(false);
    expect(cyrillic.test('слово')).toBe(true);
    // The lowercase scan runs only where one of its last words starts after whitespace.
    expect(lower.test('Trump spoke of the Crimean war at the Donald Trump tower')).toBe(false);
    expect(lower.test('tags: donald\u00a0trump, news')).toBe(true);
    expect(lower.test('le pont de Crimée')).toBe(true);
  });

  it('have tests without capturing groups (the matcher numbers the rare ones in a shared pass)', () => {
    for (const { when } of compiled.candidates) expect(new RegExp(`${when}|`).exec('')!.length, when).toBe(1);
  });

  it('keep ALL-CAPS variants in scans of their own, run where their first three letters occur', () => {
    const split = candidateScans(['Putin', 'PUTIN', 'NATO', 'Путін', 'ПУТІН'], (f) => f === 'PUTIN' || f === 'ПУТІН');
    expect(split.map((s) => new RegExp(s.pattern, 'u').source)).toEqual(['(?:Putin|NATO)', 'Путін', 'PUTIN', 'ПУТІН']);
    const latinCaps = new RegExp(split[2]!.when!);
    expect(latinCaps.test('Putin met NATO leaders')).toBe(false);
    expect(latinCaps.test('PUTIN WARNS NATO')).toBe(true);
    expect(new RegExp(split[3]!.when!).test('ПУТІН')).toBe(true);
  });

  it('find the same mentions as one pattern of every form, on the whole corpus', () => {
    // A matcher whose only scan is the single trie of all forms: the behaviour before the split.
    const single = createMatcherFromCompiled({
      ...compiled,
      candidates: [{ pattern: triePattern(Object.keys(compiled.forms)) }],
    });
    const split = createMatcherFromCompiled(compiled);
    let mentions = 0;
    for (const { name, text } of loadCorpusTexts()) {
      const expected = single.findMentions(text);
      mentions += expected.length;
      expect(split.findMentions(text), name).toEqual(expected);
    }
    const mixed =
      'tags: donald trump, Donald Trump, pont de Crimée; Путін і Зеленський; PUTIN WARNS US, EU; ПУТІН; wladimir putin, Selenskyj, RUSSIANS.';
    expect(split.findMentions(mixed)).toEqual(single.findMentions(mixed));
    expect(split.findMentions(mixed).length).toBeGreaterThan(6);
    expect(mentions).toBeGreaterThan(500);
    // the single pattern, with lowercase names among its first characters, scans several times slower
  }, 60_000);

  it('keep plain pages from loading the tables, which load once, on the first candidate', () => {
    let loads = 0;
    const matcher = createLazyMatcher(compiled.candidates, () => (loads++, compiled));
    expect(matcher.findMentions('A recipe for bread: flour, water, salt and time. Knead for ten minutes.')).toEqual([]);
    expect(loads).toBe(0);
    expect(matcher.findMentions('Vladimir Putin spoke.').map((m) => m.actorId)).toEqual(['putin']);
    expect(matcher.findMentions('Kyiv answered.').map((m) => m.actorId)).toEqual(['kyiv']);
    expect(loads).toBe(1);
  });
});
