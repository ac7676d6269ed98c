import { describe, expect, it } from 'vitest';
import { toContentShare } from '../../../src/data/content-share';
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

  it('prefers the credited, dated, full-sentence quote', () => {
    expect(byId.get('putin')?.topQuote).toEqual({
      text: 'We’ll proceed from the assumption that these are legitimate targets for strikes,',
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
