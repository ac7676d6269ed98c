/** The background's `find-mentions` answer: the engine's mentions per text, in the reader's languages only. */
import { describe, expect, it } from 'vitest';
import { findMentionsIn } from '../../../src/background/matcher';
import { unpackMentions } from '../../../src/match';

const ALL = ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl'];

/** Each text as one piece. */
const found = (texts: string[], languages: string[]) =>
  unpackMentions(
    findMentionsIn(
      texts.map((t) => [t]),
      languages,
    ),
    texts.length,
  ).map((list) => list.map((m) => `${m.actorId}:${m.start}`));

describe('find-mentions in the background', () => {
  it('answers each text with its own mentions, offsets into that text', () => {
    const texts = ['Putin spoke.', 'Later, in Kyiv, Zelensky answered Putin.'];
    const lists = unpackMentions(
      findMentionsIn(
        texts.map((t) => [t]),
        ALL,
      ),
      2,
    );
    expect(lists[0]!.map((m) => texts[0]!.slice(m.start, m.end))).toEqual(['Putin']);
    expect(lists[1]!.map((m) => texts[1]!.slice(m.start, m.end))).toEqual(['Kyiv', 'Zelensky', 'Putin']);
  });

  it('joins a text sent in pieces (as the page’s Text nodes come): a name across pieces is one mention', () => {
    const pieces = ['Talks: ', 'Vladimir', ' ', 'Pu', 'tin', '\n', 'met in ', 'Kyiv.'];
    const text = pieces.join('');
    const [list] = unpackMentions(findMentionsIn([pieces], ALL), 1);
    expect(list!.map((m) => text.slice(m.start, m.end))).toEqual(['Vladimir Putin', 'Kyiv']);
  });

  it('matches only the languages the reader chose', () => {
    const texts = ['Зеленський прибув до Києва.'];
    expect(found(texts, ALL)[0]!.length).toBeGreaterThan(0);
    expect(found(texts, ['en'])[0]).toEqual([]);
  });

  it('rejects a message that is not a list of texts in pieces, naming the field', () => {
    expect(() => findMentionsIn('Putin', ALL)).toThrow(/texts must be an array of texts/);
    expect(() => findMentionsIn(['Putin'], ALL)).toThrow(/texts must be an array of texts, each an array of strings/);
    expect(() => findMentionsIn([['Putin', 1]], ALL)).toThrow(/texts/);
    expect(() => findMentionsIn([['Putin']], 'en')).toThrow(/languages must be an array of strings/);
  });
});
