/** "On this page": found actors grouped by kind and sorted by count, mentions that reveal, and the fallbacks. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../../fake-browser';
import { App } from '../../../src/panel/components/App';
import { page } from '../../../src/panel/state';
import { axeViolations, pageWith, resetPanel } from './helpers';

vi.mock('../../../src/shared/browser', () => import('../../fake-browser'));

describe('On this page', () => {
  beforeEach(() => resetPanel(pageWith({ putin: 3, zelenskyy: 5, kyiv: 2, russia: 1 })));
  afterEach(cleanup);

  it('lists found actors grouped by kind, sorted by count, with their counts', async () => {
    render(<App />);
    expect(screen.getByText('4 actors found · 11 mentions')).toBeTruthy();
    const people = screen.getByRole('region', { name: 'People' });
    const names = within(people)
      .getAllByRole('button', { name: /^Show mentions of/ })
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Show mentions of Volodymyr Zelenskyy', 'Show mentions of Vladimir Putin']);
    expect(within(people).getByText('5 mentions')).toBeTruthy();
    // Each name's button carries its count as its description (a screen reader says both together).
    const described = within(people)
      .getAllByRole('button', { name: /^Show mentions of/ })
      .map((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(described).toEqual(['5 mentions', '3 mentions']);
    const governments = screen.getByRole('region', { name: 'Governments' });
    expect(
      within(governments)
        .getAllByTestId('count')
        .map((c) => c.textContent),
    ).toEqual(['2 mentions', '1 mention']);
    expect(screen.queryByRole('region', { name: 'Places' })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('expands an actor to its mentions in page order; a click reveals the mention in its frame', async () => {
    const putin = page.value.mentions.putin!.map((m) => (m.n === 2 ? { ...m, frameId: 4 } : m));
    page.value = { ...page.value, mentions: { ...page.value.mentions, putin } };
    render(<App />);
    const toggle = screen.getByRole('button', { name: 'Show mentions of Vladimir Putin' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      'before putin 0 putin after',
      'before putin 1 putin after',
      'before putin 2 putin after',
    ]);
    fireEvent.click(items[2]!);
    expect(browser.tabs.sendMessage).toHaveBeenLastCalledWith(
      1,
      expect.objectContaining({ type: 'reveal-mention', data: { actorId: 'putin', n: 2 } }),
      { frameId: 4 },
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('shows cut snippets from a whole word, with an ellipsis', () => {
    const long = 'x'.repeat(3) + ' ' + 'word '.repeat(12);
    const putin = page.value.mentions.putin!.map((m) => ({ ...m, before: long, after: long }));
    page.value = { ...page.value, mentions: { ...page.value.mentions, putin } };
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Show mentions of Vladimir Putin' }));
    const text = document.querySelector('.mentions .mention')!.textContent!;
    expect(text.startsWith('…word ')).toBe(true);
    expect(text.endsWith(' word…')).toBe(true);
  });

  it('isolates page text in a snippet: before, name and after each in a <bdi>', () => {
    const putin = page.value.mentions.putin!.map((m) => ({ ...m, before: 'x \u202E ', text: 'Vladimir Putin' }));
    page.value = { ...page.value, mentions: { ...page.value.mentions, putin } };
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Show mentions of Vladimir Putin' }));
    const snippet = document.querySelector('.mentions .mention')!;
    expect([...snippet.children].map((c) => c.tagName)).toEqual(['BDI', 'STRONG', 'BDI']);
    expect(snippet.querySelector('strong > bdi')!.textContent).toBe('Vladimir Putin');
    expect(snippet.firstElementChild!.textContent).toBe('x \u202E ');
  });

  it('opens the actor view from "Details"', () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Details about Vladimir Putin' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vladimir Putin');
  });

  it('says clearly when the extension cannot run on the page, and offers the article’s actors', async () => {
    resetPanel({ status: 'restricted', url: 'chrome://extensions/' });
    render(<App />);
    expect(screen.getByRole('note').textContent).toMatch(/cannot run on this page/);
    expect(screen.getByRole('region', { name: 'People' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Volodymyr Zelenskyy' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Pause on/ })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says when no content script answered', () => {
    resetPanel({ status: 'unavailable' });
    render(<App />);
    expect(screen.getByRole('note').textContent).toMatch(/Reload the page/);
  });

  it('offers every actor of the article when the page mentions none', async () => {
    resetPanel();
    render(<App />);
    expect(screen.getByRole('note').textContent).toMatch(/No actor of the article is mentioned/);
    expect(screen.getAllByRole('listitem').length).toBe(29);
    expect(await axeViolations()).toEqual([]);
  });

  it('says when it is paused on the site', () => {
    resetPanel({ inactive: 'paused' });
    render(<App />);
    expect(screen.getByRole('note').textContent).toMatch(/paused on this site/);
  });

  it('updates in place when the page’s mentions change, and announces it', async () => {
    render(<App />);
    page.value = { ...page.value, ...pageWith({ putin: 1 }) };
    expect(await screen.findByText('1 actor found · 1 mention')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('live').textContent).toBe('A story: 1 mention'));
  });
});
