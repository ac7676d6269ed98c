import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes';
import { chunkText, LONG, quoteText, seen } from './spots';

const ASSUMPTION = 'q-putin-proceed-from-assumption';
const PODOLYAK = 'q-podolyak-alaska-negotiations';
const TRUMP = 'q-trump-lost-india-and-russia';

/** The words of a quotation, for cutting runs out of it. */
const wordsOf = (id: string): string[] => quoteText(id).split(/\s+/);

describe('a long quotation, verbatim', () => {
  it.each(LONG.map((q) => [q.id, q.text]))('%s is found in quotation marks in plain prose', (id, text) => {
    const page = `The remark drew attention this week. “${text}” It was widely shared.`;
    const spots = findQuotes(page);
    expect(spots.map((s) => s.quoteId)).toEqual([id]);
    // The highlight covers the words, from the first to the last, and no more.
    const surface = page.slice(spots[0]!.start, spots[0]!.end);
    expect(text.startsWith(surface.slice(0, 5))).toBe(true);
    expect(surface.length).toBeGreaterThan(text.length - 5);
  });

  it.each(LONG.map((q) => [q.id, q.text]))('%s is found without any quotation marks', (id, text) => {
    expect(seen(`Some wrote that ${text.replace(/[“”"]/g, '')} and moved on.`).map((s) => s.quoteId)).toEqual([id]);
  });
});

describe('a partial run', () => {
  it('six words in a row that hold a rare word are enough', () => {
    expect(seen('He said the quiet part: proceed from the assumption that these were obvious.')).toMatchObject([
      { quoteId: ASSUMPTION, surface: 'proceed from the assumption that these' },
    ]);
  });

  it('five words in a row are not', () => {
    expect(seen('We proceed from the assumption that nothing changes.')).toEqual([]);
  });

  it('six words in a row with no rare word are not (common words alone are ordinary text)', () => {
    // "start working now, during the war" holds none of the quotation's rare words.
    expect(seen('We must start working now, during the war, to fix the roads.')).toEqual([]);
  });

  it('the end of a quotation, from its rare last word back', () => {
    expect(seen('The line was: during the war, and not only after it ends.')).toMatchObject([
      { quoteId: 'q-zelenskyy-start-working-now', surface: 'during the war, and not only after it ends' },
    ]);
  });

  it.each([0, 3, 7, 12, 18])('a run of eight words from word %i of the longest quotation', (from) => {
    const run = wordsOf(PODOLYAK)
      .slice(from, from + 8)
      .join(' ');
    const spots = seen(`As one post put it, ${run} and so on.`);
    expect(spots).toHaveLength(1);
    expect(spots[0]!.quoteId).toBe(PODOLYAK);
    expect(spots[0]!.surface.replace(/[.,]$/, '')).toBe(run.replace(/[.,]$/, ''));
  });

  it('the middle of a two-sentence quotation, across its full stop', () => {
    expect(seen('…later humiliated President Trump. All steps by the American side…')).toMatchObject([
      { quoteId: PODOLYAK, surface: 'later humiliated President Trump. All steps by the American' },
    ]);
  });
});

describe('punctuation, case and spacing do not matter', () => {
  const base = 'We’ll proceed from the assumption that these are legitimate targets for strikes';
  it.each([
    ['straight apostrophe', base.replace('’', "'")],
    ['modifier-letter apostrophe', base.replace('’', 'ʼ')],
    ['straight quotes', `"${base}," he said`],
    ['guillemets', `«${base}»`],
    ['spaced French guillemets', `« ${base} »`],
    ['German quotes', `„${base}“`],
    ['single quotes', `‘${base}’`],
    ['ALL CAPS headline', base.toUpperCase()],
    ['Title Case headline', base.replace(/\b\w/g, (c) => c.toUpperCase())],
    ['line breaks', base.replace(/ /g, '\n')],
    ['non-breaking and thin spaces', base.replace(/ /g, '\u00A0').replace('the', 'the\u2009')],
    ['double spaces', base.replace(/ /g, '  ')],
    ['an em dash for a comma', base.replace('that', '— that')],
    ['an en dash', base.replace('for strikes', '– for strikes')],
    ['a soft hyphen inside a word', base.replace('legitimate', 'legiti\u00ADmate')],
    [
      'zero-width spaces inside words',
      base.replace('assumption', 'assump\u200Btion').replace('targets', 'tar\u200Bgets'),
    ],
    ['a word joiner and a BOM', base.replace('proceed', 'pro\u2060ceed').replace('strikes', '\uFEFFstrikes')],
    [
      'markup emphasis (text nodes joined)',
      chunkText([['We’ll proceed from the ', 'assumption', ' that these are ', 'legitimate targets', ' for strikes']]),
    ],
  ])('%s', (_label, text) => {
    const spots = seen(`Putin was blunt. ${text}. Then he left.`);
    expect(spots.map((s) => s.quoteId)).toEqual([ASSUMPTION]);
    expect(spots[0]!.surface.replace(/[\u00AD\u200B\u2060\uFEFF]/g, '').toLowerCase()).toMatch(/^we.ll\s+proceed/);
    expect(spots[0]!.surface.toLowerCase()).toMatch(/strikes$/);
  });

  it('offsets are those of the string given, invisible characters included', () => {
    const page = 'x \u00ADWe’ll pro\u00ADceed from the assumption that these are legitimate targets for str\u200Bikes.';
    const [spot] = findQuotes(page);
    expect(page.slice(spot!.start, spot!.end)).toBe(
      'We’ll pro\u00ADceed from the assumption that these are legitimate targets for str\u200Bikes',
    );
  });
});

describe('ellipses and changed words', () => {
  it.each([
    ['an ellipsis character', '…'],
    ['three dots', '...'],
    ['bracketed ellipsis', '[…]'],
    ['bracketed dots', '[...]'],
    ['spaced dots', '. . .'],
    ['parenthesised ellipsis', '(…)'],
  ])('words left out with %s still make one spot', (_label, mark) => {
    const page = `“We’ll proceed from the assumption ${mark} legitimate targets for strikes,” Putin said.`;
    expect(seen(page)).toMatchObject([
      {
        quoteId: ASSUMPTION,
        surface: `We’ll proceed from the assumption ${mark} legitimate targets for strikes`,
        status: 'matches',
      },
    ]);
  });

  it('without an ellipsis, a gap of several words ends the run', () => {
    // Two runs of five and three words: neither is six.
    expect(seen('We’ll proceed from the assumption, obviously, legitimate targets for strikes.')).toEqual([]);
  });

  it('the article’s own ellipsis may be written out or dropped', () => {
    for (const sep of [' … ', ' ', '... ']) {
      const page = `The BBC called it a hated symbol for Ukrainians${sep}used by Russia to supply its military.`;
      expect(seen(page).map((s) => s.quoteId)).toEqual(['q-bbc-hated-symbol']);
    }
  });

  it('one replaced word is a changed quotation, not a miss', () => {
    expect(
      seen('Looks like we’ve lost India and Russia to deepest, darkest, Beijing. May they have a long future.'),
    ).toMatchObject([
      {
        quoteId: TRUMP,
        surface: 'Looks like we’ve lost India and Russia to deepest, darkest, Beijing. May they have a long',
      },
    ]);
  });

  it('a contraction written out is a changed word', () => {
    expect(seen('We will proceed from the assumption that these are legitimate targets for strikes.')).toMatchObject([
      { quoteId: ASSUMPTION, surface: 'proceed from the assumption that these are legitimate targets for strikes' },
    ]);
  });

  it('words changed every few words are not the quotation', () => {
    expect(seen('We proceed from a presumption that those were legitimate aims of strikes.')).toEqual([]);
  });
});

describe('text runs as the content script sends them', () => {
  it('a quotation split over inline elements (text nodes joined without spaces added)', () => {
    const text = chunkText([
      [
        '“The security of ',
        'one country',
        ' cannot be arran',
        'ged at the expense of the security of another,” Putin said.',
      ],
    ]);
    expect(seen(text)).toMatchObject([{ quoteId: 'q-putin-security-of-one-country', status: 'matches' }]);
  });

  it('a quotation over two blocks (a pull quote in two paragraphs)', () => {
    const text = chunkText([
      ['Putin used the Alaska negotiations solely to buy time'],
      ['and later humiliated President Trump.'],
    ]);
    expect(seen(text).map((s) => s.quoteId)).toEqual([PODOLYAK]);
  });

  it('a <br> read as a space', () => {
    const text = chunkText([['If you want a meeting not to happen,', ' ', 'then you invite me to Moscow.']]);
    expect(seen(text).map((s) => s.quoteId)).toEqual(['q-zelenskyy-invite-me-to-moscow']);
  });

  it('a chunk cut inside a quotation still finds the six or more words on its side', () => {
    const whole = `Trump wrote: “${quoteText(TRUMP)}”`;
    const cut = whole.indexOf('China');
    expect(seen(whole.slice(0, cut)).map((s) => s.quoteId)).toEqual([TRUMP]);
    expect(seen(whole.slice(cut)).map((s) => s.quoteId)).toEqual([TRUMP]);
  });

  it('several quotations in one chunk come in order, without overlap', () => {
    const text = chunkText(LONG.map((q) => [`One said: “${q.text}”`]));
    const spots = findQuotes(text);
    expect(spots.map((s) => s.quoteId)).toEqual(LONG.map((q) => q.id));
    for (let i = 1; i < spots.length; i++) expect(spots[i]!.start).toBeGreaterThanOrEqual(spots[i - 1]!.end);
  });
});

describe('near-misses', () => {
  it.each([
    ['the same rare words in another order', 'Strikes on legitimate targets proceed from an assumption.'],
    ['a headline that echoes the article', 'Putin Warns Foreign Troops In Ukraine Face Strikes'],
    [
      'the article’s paraphrase, not its quotation',
      'Putin said foreign troops would be considered legitimate targets by Moscow.',
    ],
    ['common phrases of the quotation apart', 'The future together looks long and prosperous for India.'],
    ['a rare word inside a longer word', 'Unarranged at the expenses of the securities of another country.'],
    ['a five-word run plus unrelated words', 'They cannot be arranged at the start of the season.'],
    ['a similar sentence about something else', 'The security of one city cannot be run at the cost of another.'],
  ])('%s', (_label, text) => {
    expect(seen(text)).toEqual([]);
  });
});

describe('war coverage that shares the quotations’ rare words but quotes none of them', () => {
  it.each([
    'Peace negotiations in Alaska were rejected by Moscow, and strikes on occupied parts of the region went on.',
    'Ukrainian officials said the strikes hit legitimate military targets and that the talks had practically stalled.',
    'Moscow insists any guarantee must come with steps toward establishing a ceasefire, a symbol of its demands.',
    'The deepest and darkest fears of Ukrainians were humiliated hopes, one commentator wrote, calling peace impossible.',
    'Zelenskyy said a meeting in Moscow was impossible; Putin said Ukraine’s government was not legitimate.',
    '“There is no 100% guarantee in war,” Zelenskyy said, rejecting talks in Moscow as a symbol of surrender.',
    'Kyiv proceeds on the assumption that peace will be arranged, not at the expense of its security, a minister said.',
  ])('%s', (text) => {
    expect(seen(text)).toEqual([]);
  });
});
