/** The timeline: every event in date order, dated never more precisely than the article. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleData } from '../../../src/data/article-data';
import { App } from '../../../src/panel/components/App';
import { go } from '../../../src/panel/state';
import { axeViolations, resetPanel } from './helpers';

vi.mock('../../../src/shared/browser', () => import('../../fake-browser'));

describe('Timeline', () => {
  beforeEach(() => {
    resetPanel();
    go({ name: 'timeline' });
  });
  afterEach(cleanup);

  it('lists every event, dated ones first in date order, at the article’s precision', async () => {
    render(<App />);
    const items = [...document.querySelectorAll('.timeline > li')];
    expect(items).toHaveLength(articleData.events.length);
    const dates = items.map((li) => li.querySelector('.when')!.textContent);
    expect(dates.slice(0, 4)).toEqual([
      'February 2022',
      '3 June 2025',
      'on or before 5 September 2025 (inferred, not stated)',
      '5 September 2025 · repeated 8 September 2025',
    ]);
    expect(dates.slice(4).every((d) => d === 'date not given')).toBe(true);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Timeline');
    expect(await axeViolations()).toEqual([]);
  });
});
