import { describe, expect, it } from 'vitest';
import { findQuotes, quoteDiff, type DiffPart } from '../../../src/quotes';
import { LONG, quoteText } from './spots';

/** The diff of the spot a page makes, as the card would render it. */
function diffOfPage(page: string): DiffPart[] {
  const [spot] = findQuotes(page);
  if (!spot) throw new Error('no spot');
  return quoteDiff(spot.quoteId, page.slice(spot.start, spot.end));
}

const kinds = (parts: DiffPart[]): string =>
  parts.map((p) => `${p.kind}:${p.text.trim()}${p.page ? `→${p.page}` : ''}`).join(' | ');

describe('the page’s wording against the article’s', () => {
  it.each(LONG.map((q) => [q.id, q.text]))(
    '%s verbatim: all the same, and the parts rebuild the article’s text',
    (id, text) => {
      const parts = quoteDiff(id, text);
      expect(parts.map((p) => p.kind)).toEqual(['same']);
      expect(parts.map((p) => p.text).join('')).toBe(text);
    },
  );

  it('an excerpt: the words before and after it are outside', () => {
    expect(
      kinds(diffOfPage('He said they proceed from the assumption that these are legitimate targets, he said.')),
    ).toBe('outside:We’ll | same:proceed from the assumption that these are legitimate targets | outside:for strikes,');
  });

  it('an ellipsis: the words it stands for are omitted', () => {
    expect(
      kinds(diffOfPage('“We’ll proceed from the assumption […] legitimate targets for strikes,” Putin said.')),
    ).toBe('same:We’ll proceed from the assumption | omitted:that these are | same:legitimate targets for strikes,');
  });

  it('a replaced word: changed, with the page’s word', () => {
    expect(
      kinds(
        diffOfPage(
          'Looks like we’ve lost India and Russia to deepest, darkest, Beijing. May they have a long and prosperous future together!',
        ),
      ),
    ).toBe(
      'same:Looks like we’ve lost India and Russia to deepest, darkest, | changed:China.→Beijing | same:May they have a long and prosperous future together!',
    );
  });

  it('an added word: added, with the page’s word, and the article’s text still rebuilds', () => {
    const parts = diffOfPage(
      'The security of one country cannot ever be arranged at the expense of the security of another.',
    );
    expect(parts.find((p) => p.kind === 'added')?.page).toBe('ever');
    expect(parts.map((p) => p.text).join('')).toBe(quoteText('q-putin-security-of-one-country'));
  });

  it('case and punctuation differences are not differences', () => {
    const text = quoteText('q-zelenskyy-invite-me-to-moscow');
    expect(
      quoteDiff('q-zelenskyy-invite-me-to-moscow', text.toUpperCase().replace(/,/g, ' —')).map((p) => p.kind),
    ).toEqual(['same']);
  });

  it('an unknown quotation is an error, not an empty diff', () => {
    expect(() => quoteDiff('q-nobody', 'words')).toThrow(/q-nobody/);
  });
});
