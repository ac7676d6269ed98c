/** The compact answer that carries mentions from the background to a content script. */
import { describe, expect, it } from 'vitest';
import { compileTables, createMatcherFromCompiled, packMentions, unpackMentions } from '../../../src/match';

const matcher = createMatcherFromCompiled(compileTables());

describe('packed mentions', () => {
  it('round-trips the engine’s answers for several texts, empty ones included, through JSON', () => {
    const texts = [
      'Vladimir Putin met Emmanuel Macron in Paris.',
      'Nothing here.',
      'Зеленський і Путін говорили про Київ.',
    ];
    const lists = texts.map((t) => matcher.findMentions(t));
    expect(lists[0]!.length).toBeGreaterThanOrEqual(3);
    expect(lists[2]!.length).toBeGreaterThanOrEqual(3);
    const packed = JSON.parse(JSON.stringify(packMentions(lists)));
    expect(unpackMentions(packed, texts.length)).toEqual(lists);
    // Each actor id travels once, however often it is mentioned.
    expect(new Set(packed.actorIds).size).toBe(packed.actorIds.length);
  });

  it('refuses an answer that does not fit the question', () => {
    const packed = packMentions([[{ start: 0, end: 5, actorId: 'putin' }]]);
    expect(() => unpackMentions(packed, 2)).toThrow(/1 lists for 2 texts/);
    expect(() => unpackMentions({ actorIds: [], found: [[0, 5, 0]] }, 1)).toThrow(/unknown actor index 0/);
    expect(() => unpackMentions({ actorIds: ['putin'], found: [[0, 5]] }, 1)).toThrow(/triples/);
  });
});
