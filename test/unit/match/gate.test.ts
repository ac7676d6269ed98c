import { describe, expect, it } from 'vitest';
import { compileTables, createMatcherFromCompiled } from '../../../src/match';
import { gateParts } from '../../../src/match/compile-tables';

const compiled = compileTables();
const gate = new RegExp(compiled.gate!, 'gu');

describe('the gate before the big pattern', () => {
  it('is small next to the pattern it guards', () => {
    expect(compiled.gate!.length * 5).toBeLessThan(compiled.pattern.length);
  });

  it('lets every surface form through (no mention can be lost to it)', () => {
    const missed = Object.keys(compiled.forms).filter((form) => {
      gate.lastIndex = 0;
      return !gate.test(` ${form} `);
    });
    expect(missed).toEqual([]);
  });

  it('looks for the start of the longest word, or a whole short word', () => {
    const { prefixes, words } = gateParts(['Vladimir Putin', 'the West', 'EU', 'Зеленського', 'Sum']);
    expect([...prefixes]).toEqual(['Vladim', 'Зеленс']);
    expect([...words]).toEqual(['West', 'EU', 'Sum']);
  });

  it('does not open for a longer word that starts like a short name', () => {
    const matcher = createMatcherFromCompiled(compiled);
    expect(matcher.findMentions('Summit statements were issued by the ministers.')).toEqual([]);
    gate.lastIndex = 0;
    expect(gate.test('Summit statements were issued by the ministers.')).toBe(false);
  });

  it('keeps plain pages out, and finds the same mentions as without it', () => {
    const withGate = createMatcherFromCompiled(compiled);
    const without = createMatcherFromCompiled({ ...compiled, gate: undefined });
    const plain = 'A recipe for bread: flour, water, salt and time. Knead for ten minutes.';
    expect(withGate.findMentions(plain)).toEqual([]);
    const news = 'Russian President Vladimir Putin warned Kyiv; Selenskyj antwortete aus Kiew. Зеленський і Путін.';
    expect(withGate.findMentions(news)).toEqual(without.findMentions(news));
    expect(withGate.findMentions(news).length).toBeGreaterThan(4);
  });
});

describe('createLazyMatcher', () => {
  it('loads the tables only when a text first passes the gate, and only once', async () => {
    const { createLazyMatcher } = await import('../../../src/match');
    let loads = 0;
    const matcher = createLazyMatcher(compiled.gate, () => (loads++, compiled));
    expect(matcher.findMentions('Bread, flour and water; nothing else on this page.')).toEqual([]);
    expect(loads).toBe(0);
    expect(matcher.findMentions('Vladimir Putin spoke.').map((m) => m.actorId)).toEqual(['putin']);
    expect(matcher.findMentions('Kyiv answered.').map((m) => m.actorId)).toEqual(['kyiv']);
    expect(loads).toBe(1);
  });
});
