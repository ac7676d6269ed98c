/** The article view: every paragraph verbatim, quotes and mentions marked, a linked sentence highlighted and focused. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleData } from '../../../src/data/article-data';
import { paragraphSegments } from '../../../src/panel/article-segments';
import { App } from '../../../src/panel/components/App';
import { go } from '../../../src/panel/state';
import { axeViolations, resetPanel } from './helpers';

vi.mock('../../../src/shared/browser', () => import('../../fake-browser'));

describe('Article view', () => {
  beforeEach(() => resetPanel());
  afterEach(cleanup);

  it('keeps every paragraph’s text verbatim while splitting it into marked runs', () => {
    for (const p of articleData.article.paragraphs)
      expect(
        paragraphSegments(p)
          .map((x) => x.text)
          .join(''),
      ).toBe(p.text);
  });

  it('shows the paragraphs with quotes and mentions marked', async () => {
    go({ name: 'article' });
    render(<App />);
    expect(document.querySelectorAll('.para')).toHaveLength(articleData.article.paragraphs.length);
    for (const q of articleData.quotes) {
      const marked = [...document.querySelectorAll(`mark[data-quote="${q.id}"]`)].map((m) => m.textContent).join('');
      expect(marked, q.id).toBe(q.text);
    }
    expect(document.querySelector('.mention[title="Vladimir Putin"]')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('highlights and focuses the sentence a quote link points at', async () => {
    const quote = articleData.quotes.find((q) => q.id === 'q-podolyak-alaska-negotiations')!;
    go({ name: 'article', focus: quote.id });
    render(<App />);
    const focused = [...document.querySelectorAll('.focused')].map((e) => e.textContent).join('');
    const paragraph = articleData.article.paragraphs.find((p) => p.id === quote.sentence.paragraphId)!;
    expect(focused).toBe(paragraph.text.slice(quote.sentence.start, quote.sentence.end));
    expect(document.activeElement?.classList.contains('focused')).toBe(true);
    expect(await axeViolations()).toEqual([]);
  });
});
