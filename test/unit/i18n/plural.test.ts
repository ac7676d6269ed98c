/** Counts in words follow the UI language's plural rules: English "1 mention"/"5 mentions"; Ukrainian's four forms. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../../fake-browser';

/** The strings modules with a browser whose UI is in `language` (none: no `_locales` at all, the built-in English). */
async function inLanguage(language: string | undefined) {
  vi.resetModules();
  const browser = createFakeBrowser({ i18n: language ?? 'none' });
  vi.doMock('../../../src/shared/browser', () => ({ browser }));
  return { panel: await import('../../../src/panel/strings'), card: await import('../../../src/content/card/strings') };
}

describe('counts in words', () => {
  afterEach(() => vi.doUnmock('../../../src/shared/browser'));

  it('in Ukrainian: one, few and many, by the last digits', async () => {
    const { panel, card } = await inLanguage('uk');
    const mentions = [1, 2, 4, 5, 11, 14, 21, 22, 25, 101, 111].map(panel.mentionCount);
    expect(mentions).toEqual([
      '1 згадка',
      '2 згадки',
      '4 згадки',
      '5 згадок',
      '11 згадок',
      '14 згадок',
      '21 згадка',
      '22 згадки',
      '25 згадок',
      '101 згадка',
      '111 згадок',
    ]);
    expect(panel.mentionCount(0)).toBe('0 згадок');
    expect([1, 3, 7].map(panel.actorCount)).toEqual([
      'Знайдено 1 дійову особу',
      'Знайдено 3 дійові особи',
      'Знайдено 7 дійових осіб',
    ]);
    expect([1, 2, 5].map((n) => card.countOf(n, 'quotes'))).toEqual(['1 цитата', '2 цитати', '5 цитат']);
    expect([21, 3, 0].map((n) => card.countOf(n, 'events'))).toEqual(['21 подія', '3 події', '0 подій']);
  });

  it('in English, from the locale and from the built-in fallback alike', async () => {
    for (const language of ['en', undefined]) {
      const { panel, card } = await inLanguage(language);
      expect([0, 1, 2, 21].map(panel.mentionCount), String(language)).toEqual([
        '0 mentions',
        '1 mention',
        '2 mentions',
        '21 mentions',
      ]);
      expect([1, 4].map(panel.actorCount)).toEqual(['1 actor found', '4 actors found']);
      expect([1, 3].map((n) => card.countOf(n, 'statements'))).toEqual(['1 statement', '3 statements']);
    }
  });
});
