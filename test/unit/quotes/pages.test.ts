import { describe, expect, it } from 'vitest';
import { chunkText, seen } from './spots';

/**
 * Whole pages as a reader meets them: a blog that retells the article in its own words with some of its
 * quotations (one credited to the wrong man, one shortened, one phrase used without quotation marks), and a
 * German report that keeps the English words. Blocks are joined as the content script joins them.
 */
describe('a blog post that retells the article', () => {
  const page = chunkText([
    ['Peace talks: where things stand'],
    ['Posted by ', 'admin', ' · 4 comments'],
    [
      'Moscow has drawn another red line. Foreign soldiers sent to Ukraine would be legitimate targets, the Kremlin said, ',
      'and ',
      'Lavrov',
      ' put it bluntly: “We’ll proceed from the assumption that these are legitimate targets for strikes.”',
    ],
    [
      'Zelenskyy has said guarantees must “start working now, during the war, and not only after it ends,” while Putin ',
      'offered talks in Moscow with “a 100% guarantee” of safety.',
    ],
    ['As the BBC put it, the bridge is “a hated symbol for Ukrainians […] used by Russia to supply its military.”'],
    ['Related: “Looks like we’ve lost India and Russia”, and other posts'],
  ]);
  const spots = seen(page);

  it('finds the four quotations it repeats, in order, and the phrase it uses without marks is ordinary text', () => {
    expect(spots.map((s) => s.quoteId)).toEqual([
      'q-putin-proceed-from-assumption',
      'q-zelenskyy-start-working-now',
      'q-putin-100-percent-guarantee',
      'q-bbc-hated-symbol',
    ]);
  });

  it('says who the page credits each one to', () => {
    expect(spots.map((s) => `${s.status}:${s.credited ?? '-'}`)).toEqual([
      'other:lavrov',
      'matches:zelenskyy',
      'matches:putin',
      'matches:bbc',
    ]);
  });

  it('highlights the words the page repeats, across its ellipsis', () => {
    expect(spots[3]!.surface).toBe('a hated symbol for Ukrainians […] used by Russia to supply its military');
  });
});

describe('a German report that keeps the English words', () => {
  const page = chunkText([
    ['Kreml droht ausländischen Truppen'],
    [
      'Der russische Präsident Wladimir Putin hat ausländische Truppen in der Ukraine als Ziele bezeichnet. ',
      '„We’ll proceed from the assumption that these are legitimate targets for strikes“, sagte Putin am Freitag.',
    ],
    [
      'Selenskyj reagierte prompt. „If you want a meeting not to happen, then you invite me to Moscow“, schrieb Lawrow ',
      'dagegen auf X – ein Fehler der Redaktion.',
    ],
  ]);
  const spots = seen(page);

  it('finds both quotations, the first credited to Putin as in the article, the second to Lavrov', () => {
    expect(spots).toMatchObject([
      { quoteId: 'q-putin-proceed-from-assumption', status: 'matches', credited: 'putin' },
      { quoteId: 'q-zelenskyy-invite-me-to-moscow', status: 'other', credited: 'lavrov' },
    ]);
  });
});

describe('reports in Russian, Polish and Spanish that keep the English words', () => {
  it.each([
    [
      'ru',
      chunkText([
        ['Путин пригрозил иностранным войскам'],
        [
          'Президент России Владимир Путин в пятницу заявил, что иностранные военные на Украине станут целями. ',
          'По словам Путина, «We’ll proceed from the assumption that these are legitimate targets for strikes».',
        ],
        ['Зеленский ответил резко: «If you want a meeting not to happen, then you invite me to Moscow».'],
        [
          'Позже Лавров написал в X: «Putin used the Alaska negotiations solely to buy time and later humiliated President Trump».',
        ],
      ]),
      ['matches:putin', 'matches:zelenskyy', 'other:lavrov'],
    ],
    [
      'pl',
      chunkText([
        ['Putin grozi wojskom zachodnim'],
        [
          'Prezydent Rosji Władimir Putin ostrzegł w piątek, że obce wojska na Ukrainie będą celami. ',
          '„The security of one country cannot be arranged at the expense of the security of another” – powiedział Putin.',
        ],
        ['Według Zełenskiego „If you want a meeting not to happen, then you invite me to Moscow”.'],
        ['Donald Trump napisał w sieci: „Looks like we’ve lost India and Russia to deepest, darkest, China”.'],
      ]),
      ['matches:putin', 'matches:zelenskyy', 'matches:trump'],
    ],
    [
      'es',
      chunkText([
        ['Putin amenaza a las tropas extranjeras'],
        [
          '«It will be practically impossible to reach an agreement with the Ukrainian side on key issues», afirmó Lavrov ante la prensa.',
        ],
        ['Según la BBC, el puente es «a hated symbol for Ukrainians… used by Russia to supply its military».'],
      ]),
      ['other:lavrov', 'matches:bbc'],
    ],
  ])('%s: each quotation and whom the page credits it to', (_lang, page, expected) => {
    expect(seen(page).map((s) => `${s.status}:${s.credited}`)).toEqual(expected);
  });
});
