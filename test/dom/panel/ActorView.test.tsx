/** The actor view: name, kind, description; quotes with dates, medium, outlets and a link to their sentence; events; related actors. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/panel/components/App';
import { go, view } from '../../../src/panel/state';
import { axeViolations, pageWith, resetPanel } from './helpers';

vi.mock('../../../src/shared/browser', () => import('../../fake-browser'));

describe('Actor view', () => {
  beforeEach(() => {
    resetPanel(pageWith({ putin: 4 }));
    go({ name: 'actor', actorId: 'putin' });
  });
  afterEach(cleanup);

  it('shows name, kind, description and the page count', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vladimir Putin');
    expect(screen.getByText(/^Person/).textContent).toContain('4 mentions');
    expect(await axeViolations()).toEqual([]);
  });

  it('shows quotes verbatim with their dates (at the article’s precision) and outlets', () => {
    render(<App />);
    const quotes = screen.getByRole('region', { name: 'Quotes' });
    const first = within(quotes).getAllByRole('listitem')[0]!;
    expect(first.querySelector('blockquote')!.textContent).toBe('“legitimate targets”');
    expect(first.textContent).toContain('5 September 2025 · repeated 8 September 2025');
    expect(first.querySelector('time')!.getAttribute('datetime')).toBe('2025-09-05');
    expect(first.textContent).toContain('Reported by Associated Press, The Wall Street Journal');
    // Undated quotes say so, rather than borrowing a date.
    expect(within(quotes).getAllByText('date not given').length).toBeGreaterThan(0);
  });

  it('links a quote to its sentence in the article view', () => {
    render(<App />);
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Quotes' })).getAllByRole('button', {
        name: /Read in the article \(paragraph 1\)/,
      })[0]!,
    );
    expect(view.value).toEqual({ name: 'article', focus: 'q-putin-legitimate-targets' });
    expect([...document.querySelectorAll('.focused')].map((e) => e.textContent).join('')).toContain(
      '"legitimate targets" by Moscow’s forces.',
    );
  });

  it('lists events in date order and the actors it appears with, each a link', () => {
    render(<App />);
    const events = within(screen.getByRole('region', { name: 'Events' })).getAllByRole('listitem');
    expect(events[0]!.textContent).toContain('5 September 2025');
    const related = screen.getByRole('region', { name: 'Appears with' });
    fireEvent.click(within(related).getByRole('button', { name: 'Volodymyr Zelenskyy' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Volodymyr Zelenskyy');
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vladimir Putin');
  });

  it('says when the article quotes no words of an actor', async () => {
    go({ name: 'actor', actorId: 'kyiv' });
    render(<App />);
    expect(screen.getByText('The article quotes no words of theirs.')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });
});
