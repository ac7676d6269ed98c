/** The background's `find-mentions` answer: the engine's mentions per text, in the reader's languages only. */
import { describe, expect, it } from 'vitest';
import { findMentionsIn } from '../../../src/background/matcher';
import { unpackMentions } from '../../../src/match';

const ALL = ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl'];

const found = (texts: string[], languages: string[]) =>
  unpackMentions(findMentionsIn(texts, languages), texts.length).map((list) => list.map((m) => `${m.actorId}:${m.start}`));

describe('find-mentions in the background', () => {
  it('answers each text with its own mentions, offsets into that text', () => {
    const texts = ['Putin spoke.', 'Later, in Kyiv, Zelensky answered Putin.'];
    const lists = unpackMentions(findMentionsIn(texts, ALL), 2);
    expect(lists[0]!.map((m) => texts[0]!.slice(m.start, m.end))).toEqual(['Putin']);
    expect(lists[1]!.map((m) => texts[1]!.slice(m.start, m.end))).toEqual(['Kyiv', 'Zelensky', 'Putin']);
  });

  it('matches only the languages the reader chose', () => {
    const texts = ['Зеленський прибув до Києва.'];
    expect(found(texts, ALL)[0]!.length).toBeGreaterThan(0);
    expect(found(texts, ['en'])[0]).toEqual([]);
  });

  it('rejects a message that is not a list of strings, naming the field', () => {
    expect(() => findMentionsIn('Putin', ALL)).toThrow(/texts must be an array of strings/);
    expect(() => findMentionsIn([1], ALL)).toThrow(/texts/);
    expect(() => findMentionsIn(['Putin'], 'en')).toThrow(/languages must be an array of strings/);
  });
});
