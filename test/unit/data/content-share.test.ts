import { describe, expect, it } from 'vitest';
import { toContentShare } from '../../../src/data/content-share';
import { formatEventDate } from '../../../src/data/format-date';
import { copyOfData } from './load';

const data = copyOfData();
const share = toContentShare(data);
const byId = new Map(share.actors.map((a) => [a.id, a]));

describe('toContentShare', () => {
  it('has every actor, in order', () => {
    expect(share.actors.map((a) => a.id)).toEqual(data.actors.map((a) => a.id));
  });

  it('is small and has no paragraphs or offsets', () => {
    const json = JSON.stringify(share);
    expect(json.length).toBeLessThan(20_000);
    expect(json).not.toMatch(/"(paragraphs|location|sentence|start|end)"/);
  });

  it('takes each top quote verbatim from the quotes of that speaker', () => {
    for (const a of share.actors) {
      if (!a.topQuote) continue;
      expect(
        data.quotes.some((q) => q.speakerId === a.id && q.text === a.topQuote!.text),
        a.id,
      ).toBe(true);
    }
  });

  it('gives every actor with quotes a top quote, and the others their main event when they have one', () => {
    for (const a of share.actors) {
      const hasQuotes = data.quotes.some((q) => q.speakerId === a.id);
      expect(Boolean(a.topQuote), a.id).toBe(hasQuotes);
      if (hasQuotes) expect(a.mainEvent, a.id).toBeUndefined();
    }
    expect(byId.get('russia')?.mainEvent).toEqual({
      title: "Russia's full-scale invasion of Ukraine begins",
      date: { value: '2022-02', precision: 'month' },
    });
    expect(byId.get('sumy')?.mainEvent?.date).toEqual({ value: '2025-06-03', precision: 'day' });
  });

  it('prefers the credited quote the article dates (it does not date the longer "We’ll proceed…")', () => {
    expect(byId.get('putin')?.topQuote).toEqual({
      text: 'legitimate targets',
      date: { value: '2025-09-05', precision: 'day' },
      outletNames: ['Associated Press', 'The Wall Street Journal'],
    });
    expect(byId.get('podolyak')?.topQuote?.medium).toBe('posting on X (formerly Twitter)');
  });

  it('counts quotes, statements and events per actor', () => {
    expect(byId.get('putin')?.counts).toEqual({
      quotes: data.quotes.filter((q) => q.speakerId === 'putin').length,
      statements: data.statements.filter((s) => s.speakerId === 'putin').length,
      events: 3,
    });
    const total = share.actors.reduce((n, a) => n + a.counts.quotes, 0);
    expect(total).toBe(data.quotes.length);
  });
});

describe('inferred dates in the content share', () => {
  it('carry their flag to the hover card, which formats them as inferred', () => {
    const paris = toContentShare(data).actors.find((a) => a.id === 'paris');
    expect(paris?.mainEvent?.date?.inferred).toBe(true);
    expect(formatEventDate(paris!.mainEvent!.date!)).toBe('on or before 5 September 2025 (inferred, not stated)');
  });

  it('rank below dates the article states when choosing the top quote', () => {
    const stated = { value: '2025-09-05', precision: 'day' as const };
    const quote = (id: string, text: string, date: typeof stated & { inferred?: boolean }) => ({
      id,
      speakerId: 'putin',
      text,
      location: { paragraphId: 'p1', start: 0, end: 1 },
      sentence: { paragraphId: 'p1', start: 0, end: 1 },
      date,
      outletIds: ['bbc'],
    });
    const two = {
      ...data,
      quotes: [quote('a', 'a much longer quotation', { ...stated, inferred: true }), quote('b', 'short', stated)],
    };
    expect(toContentShare(two).actors.find((a) => a.id === 'putin')?.topQuote?.text).toBe('short');
  });
});
