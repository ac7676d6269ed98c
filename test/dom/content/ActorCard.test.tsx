/** The hover card's content: who this is, the most telling quote (or the main event), counts, buttons, hint. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCard } from '../../../src/content/card/ActorCard';
import { articleData } from '../../../src/data/article-data';
import { toContentShare } from '../../../src/data/content-share';
import type { ContentShareActor } from '../../../src/data/types';

vi.mock('../../../src/shared/browser', () => import('../../fake-browser'));

const share = toContentShare(articleData);
const actor = (id: string): ContentShareActor => share.actors.find((a) => a.id === id)!;

function renderCard(id: string, extra: { matched?: string; hint?: string } = {}) {
  const handlers = { onShowInPanel: vi.fn(), onNextMention: vi.fn(), onClose: vi.fn() };
  const view = render(<ActorCard actor={actor(id)} {...extra} {...handlers} />);
  return { ...handlers, view, card: screen.getByRole('dialog') };
}

/** axe-core violations inside the card (colour contrast needs layout, which happy-dom lacks). */
async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('ActorCard', () => {
  afterEach(cleanup);

  it('shows name, kind and the article’s description, as a dialog named by the name', async () => {
    const { card } = renderCard('putin');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vladimir Putin');
    expect(screen.getByText('Person')).toBeTruthy();
    expect(card.textContent).toContain('Russian President; warned that foreign troops deployed to Ukraine');
    // Accessible name and description come from the heading and the description paragraph.
    expect(screen.getByRole('dialog', { name: 'Vladimir Putin' })).toBe(card);
    expect(card.getAttribute('aria-describedby')).toBe('fc-card-description');
    expect(document.getElementById('fc-card-description')!.textContent).toBe(actor('putin').description);
    expect(await axeViolations(card)).toEqual([]);
  });

  it('quotes verbatim, with the date the article gives it and its source', () => {
    const { card } = renderCard('putin');
    const quote = card.querySelector('blockquote')!;
    // The article dates "legitimate targets"; it does not date the longer "We’ll proceed from the assumption…".
    expect(quote.textContent).toBe('“legitimate targets”');
    expect(card.querySelector('figcaption')!.textContent).toBe(
      '5 September 2025 · via Associated Press and The Wall Street Journal',
    );
    expect(card.querySelector('.event')).toBeNull();
  });

  it('shows a date the data infers from the article as inferred', () => {
    const { card } = renderCard('paris');
    expect(card.querySelector('.event-date')!.textContent).toContain(
      'on or before 5 September 2025 (inferred, not stated)',
    );
  });

  it('names the medium of an undated quote and invents no date', () => {
    const { card } = renderCard('trump');
    expect(card.querySelector('blockquote')!.textContent).toBe(`“${actor('trump').topQuote!.text}”`);
    expect(card.querySelector('figcaption')!.textContent).toBe('on social media');
  });

  it('leaves out the caption of a quote with neither date nor source', () => {
    const { card } = renderCard('zelenskyy');
    expect(card.querySelector('blockquote')!.textContent).toBe(
      '“If you want a meeting not to happen, then you invite me to Moscow.”',
    );
    expect(card.querySelector('figcaption')).toBeNull();
  });

  it('shows the main event, with its date at the article’s precision, for an actor without quotes', () => {
    const { card } = renderCard('russia');
    expect(screen.getByText('Government')).toBeTruthy();
    expect(card.querySelector('blockquote')).toBeNull();
    expect(card.querySelector('.event')!.textContent).toBe(
      "Russia's full-scale invasion of Ukraine begins · February 2022",
    );
    cleanup();
    expect(renderCard('macron').card.querySelector('.event')!.textContent).toBe(
      'Macron announces that 26 countries committed to help safeguard Ukraine',
    );
  });

  it('shows neither quote nor event when the article has none', () => {
    const { card } = renderCard('lavrov');
    expect(card.querySelector('blockquote, .event')).toBeNull();
  });

  it('counts quotes, statements and events, with singular and plural', () => {
    expect(renderCard('putin').card.querySelector('.counts')!.textContent).toBe(
      'In the article: 6 quotes · 7 statements · 3 events',
    );
    cleanup();
    expect(renderCard('lavrov').card.querySelector('.counts')!.textContent).toBe(
      'In the article: 0 quotes · 1 statement · 0 events',
    );
  });

  it('shows the page’s own spelling only when it differs from the name', () => {
    expect(renderCard('zelenskyy', { matched: 'Selenskyj' }).card.textContent).toContain('on this page: “Selenskyj”');
    cleanup();
    // Case and line breaks do not count as a different spelling.
    expect(renderCard('putin', { matched: 'vladimir\n Putin' }).card.querySelector('.matched')).toBeNull();
  });

  it('has two named buttons and a close button that call their handlers', () => {
    const { card, onShowInPanel, onNextMention, onClose } = renderCard('putin');
    const buttons = within(card)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(buttons).toEqual(['Close', 'Show in panel', 'Next mention']);
    fireEvent.click(within(card).getByRole('button', { name: 'Show in panel' }));
    expect(onShowInPanel).toHaveBeenCalledTimes(1);
    fireEvent.click(within(card).getByRole('button', { name: 'Next mention' }));
    expect(onNextMention).toHaveBeenCalledTimes(1);
    fireEvent.click(within(card).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    // Buttons never submit a page form they might end up in.
    for (const b of within(card).getAllByRole('button')) expect(b.getAttribute('type')).toBe('button');
  });

  it('renders a hint as a status message, and none without one', async () => {
    expect(renderCard('putin').card.querySelector('[role="status"]')).toBeNull();
    cleanup();
    const hint = 'Open the Fact Context sidebar with its toolbar button or Alt+Shift+F; it will show this actor.';
    const { card } = renderCard('putin', { hint });
    expect(within(card).getByRole('status').textContent).toBe(hint);
    expect(await axeViolations(card)).toEqual([]);
  });

  it('passes axe for every kind of actor', async () => {
    for (const id of ['putin', 'russia', 'lavrov', 'kremlin']) {
      const { card } = renderCard(id);
      expect(await axeViolations(card), id).toEqual([]);
      cleanup();
    }
  });
});
