import { describe, expect, it } from 'vitest';
import { compileTables, createMatcherFromCompiled, restrictLanguages } from '../../../src/match';

const all = compileTables();
const ids = (text: string, langs?: Parameters<typeof restrictLanguages>[1]) =>
  createMatcherFromCompiled(langs ? restrictLanguages(all, langs) : all)
    .findMentions(text)
    .map((m) => m.actorId);

describe('restrictLanguages', () => {
  it('keeps names written the same way in the kept languages', () => {
    expect(ids('Vladimir Putin spoke.', ['en'])).toEqual(['putin']);
  });

  it('drops the forms only other languages use', () => {
    expect(ids('Президент Путін виступив у Києві.')).toEqual(['putin', 'kyiv']);
    expect(ids('Президент Путін виступив у Києві.', ['en', 'de'])).toEqual([]);
    expect(ids('Wladimir Putin sprach in Moskau.', ['en'])).not.toContain('moscow');
    expect(ids('Wladimir Putin sprach in Moskau.', ['de'])).toContain('moscow');
  });

  it('gives the same answers as the full tables when all languages are kept', () => {
    const text = 'Selenskyj traf Macron in Paris; Зеленський і Путін; Kijów i Moskwa.';
    expect(ids(text, ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl'])).toEqual(ids(text));
  });
});
