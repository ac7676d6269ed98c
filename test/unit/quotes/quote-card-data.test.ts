import { describe, expect, it } from 'vitest';
import quotes from '../../../assets/article/quotes.json';
import { quoteCardData } from '../../../src/quotes';

describe('what the card says about a quotation', () => {
  it('a dated quotation: its date at day precision, the date it was repeated, and the outlets that reported it', () => {
    // The data decides which quotations carry dates (the article dates only the "legitimate targets" warning).
    const dated = quotes.find((q) => q.date && q.repeatedOn?.length && q.outletIds?.length)!;
    expect(quoteCardData(dated.id)).toMatchObject({
      speaker: { id: 'putin', name: 'Vladimir Putin' },
      date: { text: '5 September 2025', date: { value: '2025-09-05', precision: 'day' } },
      repeatedOn: [{ text: '8 September 2025' }],
      reportedBy: [
        { id: 'associated-press', name: 'Associated Press' },
        { id: 'wall-street-journal', name: 'The Wall Street Journal' },
      ],
    });
  });

  it('a date, a repeat or an outlet only where the data has one', () => {
    for (const q of quotes) {
      const card = quoteCardData(q.id)!;
      expect(card.date === undefined, q.id).toBe(q.date === undefined);
      expect(card.repeatedOn.length, q.id).toBe(q.repeatedOn?.length ?? 0);
      expect(
        card.reportedBy.map((a) => a.id),
        q.id,
      ).toEqual(q.outletIds ?? []);
      expect(
        card.about.map((a) => a.id),
        q.id,
      ).toEqual(q.aboutIds ?? []);
    }
  });

  it('Podolyak’s post: the medium in the article’s words and as an actor, and no date (the article gives none)', () => {
    const card = quoteCardData('q-podolyak-alaska-negotiations')!;
    expect(card.medium).toBe('posting on X (formerly Twitter)');
    expect(card.mediumActor).toEqual({ id: 'x', name: 'X' });
    expect(card.date).toBeUndefined();
    expect(card.reportedBy).toEqual([]);
  });

  it('dates are written for the reader’s locale', () => {
    expect(quoteCardData('q-putin-legitimate-targets', 'de')?.date?.text).toBe('5. September 2025');
  });

  it('every quotation has a card with its speaker’s display name and its place in the article', () => {
    for (const q of quotes) {
      const card = quoteCardData(q.id)!;
      expect(card.text).toBe(q.text);
      expect(card.speaker.name).not.toBe(q.speakerId);
      expect(card.location).toEqual(q.location);
    }
  });

  it('an unknown quotation has no card', () => {
    expect(quoteCardData('q-nobody')).toBeUndefined();
  });
});
