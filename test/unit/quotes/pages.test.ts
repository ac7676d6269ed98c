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
