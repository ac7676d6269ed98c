import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes';
import { quotedPassage } from '../../../src/quotes/quoted-passage';
import { sentencesAround } from '../../../src/quotes/sentences';

/** The text a passage's marks enclose, or undefined. */
function enclosed(text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  const p = quotedPassage(text, at, at + phrase.length);
  return p && text.slice(p.open + 1, p.close);
}

describe('quotation marks around a span', () => {
  it.each([
    ['curly', 'He said “legitimate targets” twice.', 'legitimate targets'],
    ['German', 'Er sagte „legitimate targets“ zweimal.', 'legitimate targets'],
    ['French, spaced', 'Il a dit « legitimate targets » deux fois.', ' legitimate targets '],
    ['German books', 'Er sagte »legitimate targets« zweimal.', 'legitimate targets'],
    ['single', 'He said ‘legitimate targets’ twice.', 'legitimate targets'],
    ['straight', 'He said "legitimate targets" twice.', 'legitimate targets'],
    ['with more words inside', 'He said “these are legitimate targets now” twice.', 'these are legitimate targets now'],
  ])('%s marks enclose the words', (_label, text, inside) => {
    expect(enclosed(text, 'legitimate targets')).toBe(inside);
  });

  it.each([
    ['no marks', 'He said legitimate targets twice.'],
    ['apostrophes are not marks', 'Putin’s legitimate targets aren’t new.'],
    ['the nearest mark before closes another quotation', 'He said “no” to legitimate targets and “yes” to talks.'],
    ['marks on another line (block)', 'He said “\nlegitimate targets\n” twice.'],
  ])('%s', (_label, text) => {
    expect(enclosed(text, 'legitimate targets')).toBeUndefined();
  });
});

describe('sentences around a span', () => {
  const text = 'First one. The U.S. envoy spoke. “It ends.” Zelenskyy said so. Last one.';
  const at = text.indexOf('“It');
  const b = sentencesAround(text, at, at + '“It ends.”'.length);

  it('an abbreviation does not end a sentence, a quotation’s full stop does', () => {
    expect(text.slice(b.before, b.from).trim()).toBe('The U.S. envoy spoke.');
    expect(text.slice(b.from, b.to)).toBe('“It ends.” Zelenskyy said so.');
    expect(text.slice(b.to, b.after).trim()).toBe('Last one.');
  });

  it('a line break ends a sentence', () => {
    const t = 'Putin said\n“legitimate targets” here';
    const s = sentencesAround(t, t.indexOf('“'), t.length);
    expect(t.slice(s.from, s.to)).toBe('“legitimate targets” here');
    expect(t.slice(s.before, s.from).trim()).toBe('Putin said');
  });
});

describe('awkward input', () => {
  it.each([
    ['empty', ''],
    ['only marks', '“”„“«»‘’""\'\''],
    ['only an ellipsis', '… [...] (…)'],
    ['a rare word alone', 'humiliated'],
    ['a rare word cut at the end', 'they were humil'],
    ['unpaired marks around a short quotation', '“legitimate targets'],
    ['the same rare words over and over', 'legitimate targets '.repeat(2000)],
    ['a quotation word without spaces', 'wellproceedfromtheassumptionthattheselegitimatetargets'],
  ])('%s: no error, nothing spotted', (_label, text) => {
    expect(findQuotes(text)).toEqual([]);
  });

  it('a short quotation at the very start of the text', () => {
    expect(findQuotes('“legitimate targets,” Putin said')).toMatchObject([
      { start: 1, end: 19, quoteId: 'q-putin-legitimate-targets', attribution: { status: 'matches' } },
    ]);
  });

  it('a quotation that is the whole text', () => {
    const text = 'If you want a meeting not to happen, then you invite me to Moscow';
    expect(findQuotes(text)).toMatchObject([
      { start: 0, end: text.length, quoteId: 'q-zelenskyy-invite-me-to-moscow' },
    ]);
  });
});
