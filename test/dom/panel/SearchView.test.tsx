/** Search: one box over actors, quotes, statements and events; case- and diacritic-insensitive; any alias in any language. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/panel/components/App';
import { fold, searchArticle } from '../../../src/panel/search';
import { go, view } from '../../../src/panel/state';
import { axeViolations, resetPanel } from './helpers';

vi.mock('../../../src/shared/browser', () => import('../../fake-browser'));

const actorIds = (q: string) => searchArticle(q).actors.map((a) => a.id);

describe('search (pure)', () => {
  it('folds case and diacritics', () => {
    expect(fold('  Zełenski  Volodímir ')).toBe('zelenski volodimir');
  });
  it('finds actors by any alias in any of the seven languages', () => {
    expect(actorIds('Selenskyj')).toEqual(['zelenskyy']);
    expect(actorIds('selenskyj')).toEqual(['zelenskyy']);
    expect(actorIds('Зеленський')).toEqual(['zelenskyy']);
    expect(actorIds('Zełenski')).toEqual(['zelenskyy']);
    expect(actorIds('volodimir')).toEqual(['zelenskyy']);
    expect(actorIds('Путин')).toContain('putin');
  });
  it('finds the actor named in a longer selected phrase', () => {
    expect(actorIds('Präsident Selenskyj sagte')).toEqual(['zelenskyy']);
  });
  it('finds quotes, statements and events by their own words and by their actors', () => {
    const r = searchArticle('Selenskyj');
    expect(r.quotes.every((q) => q.speakerId === 'zelenskyy' || q.aboutIds?.includes('zelenskyy'))).toBe(true);
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(searchArticle('legitimate').quotes.map((q) => q.id)).toContain('q-putin-legitimate-targets');
    expect(searchArticle('kerch').events.map((e) => e.id)).toContain('e-kerch-bridge-attacks');
    expect(searchArticle('z').total).toBe(0);
  });
});

describe('Search view', () => {
  beforeEach(() => {
    resetPanel();
    go({ name: 'search', query: '' });
  });
  afterEach(cleanup);

  it('filters as the reader types and announces the result count', async () => {
    render(<App />);
    const box = screen.getByRole('searchbox', { name: 'Search people, quotes and events' });
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'Selenskyj' } });
    expect(view.value).toEqual({ name: 'search', query: 'Selenskyj' });
    const actors = await screen.findByRole('region', { name: 'Actors' });
    expect(within(actors).getByRole('button', { name: 'Volodymyr Zelenskyy' })).toBeTruthy();
    expect(screen.getByTestId('search-summary').textContent).toMatch(/^\d+ results for “Selenskyj”$/);
    expect(await axeViolations()).toEqual([]);
  });

  it('says when nothing matches', async () => {
    go({ name: 'search', query: 'Napoleon' });
    render(<App />);
    expect(screen.getByTestId('search-summary').textContent).toBe('Nothing in the article matches “Napoleon”.');
    expect(await axeViolations()).toEqual([]);
  });
});
