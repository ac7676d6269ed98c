import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceSpans } from '../../../src/data/sentences';
import { articleText, copyOfData } from './load';

const data = copyOfData();

/** Every quotation-mark pair in a paragraph, straight ("…") and curly (“…”), with its inner span. */
function quotationPairs(text: string): Array<{ inner: string; start: number; end: number }> {
  const out: Array<{ inner: string; start: number; end: number }> = [];
  for (const re of [/"([^"]*)"/g, /“([^”]*)”/g]) {
    for (const m of text.matchAll(re)) {
      const start = (m.index ?? 0) + 1;
      out.push({ inner: m[1] ?? '', start, end: start + (m[1] ?? '').length });
    }
  }
  return out;
}

describe('article text', () => {
  it('ships the article verbatim: metadata blocks, then the paragraphs, then "Sources"', () => {
    const blocks = articleText().split('\n\n');
    const { article } = data;
    expect(blocks.slice(0, 4)).toEqual([article.section, article.title, article.standfirst, article.readingTime.text]);
    expect(blocks.slice(4, -1)).toEqual(article.paragraphs.map((p) => p.text));
    expect(blocks.at(-1)).toBe('Sources');
    expect(article.readingTime.minutes).toBe(6);
    expect(article.asOf).toMatchObject({ date: '2025-09-08', derived: true });
  });

  it('has no unbalanced quotation marks (so the pair search below sees them all)', () => {
    for (const p of data.article.paragraphs) {
      expect((p.text.match(/"/g) ?? []).length % 2, p.id).toBe(0);
      expect((p.text.match(/“/g) ?? []).length, p.id).toBe((p.text.match(/”/g) ?? []).length);
    }
  });
});

describe('quotes', () => {
  it('cover every quotation-mark pair in the article, verbatim and at its place', () => {
    const missing: string[] = [];
    let pairs = 0;
    for (const p of data.article.paragraphs) {
      for (const pair of quotationPairs(p.text)) {
        pairs++;
        const covered = data.quotes.some(
          (q) =>
            q.text === pair.inner &&
            q.location.paragraphId === p.id &&
            q.location.start === pair.start &&
            q.location.end === pair.end,
        );
        if (!covered) missing.push(`${p.id}[${pair.start}..${pair.end}] ${pair.inner}`);
      }
    }
    expect(missing).toEqual([]);
    expect(pairs).toBe(data.quotes.length);
  });

  it('record the whole sentence around each quotation', () => {
    for (const q of data.quotes) {
      const text = data.article.paragraphs.find((p) => p.id === q.location.paragraphId)!.text;
      expect(sentenceAround(text, q.location.start, q.location.end), q.id).toEqual({
        start: q.sentence.start,
        end: q.sentence.end,
      });
    }
  });

  it('give the dates and credits the article states', () => {
    const byId = new Map(data.quotes.map((q) => [q.id, q]));
    expect(byId.get('q-putin-legitimate-targets')).toMatchObject({
      speakerId: 'putin',
      date: { value: '2025-09-05', precision: 'day' },
      repeatedOn: [{ value: '2025-09-08', precision: 'day' }],
      outletIds: ['associated-press', 'wall-street-journal'],
    });
    expect(byId.get('q-bbc-hated-symbol')).toMatchObject({ speakerId: 'bbc', outletIds: ['bbc'] });
    expect(byId.get('q-podolyak-alaska-negotiations')).toMatchObject({
      medium: 'posting on X (formerly Twitter)',
      mediumId: 'x',
    });
    expect(byId.get('q-trump-lost-india-and-russia')).toMatchObject({ speakerId: 'trump', medium: 'on social media' });
  });
});

describe('statements', () => {
  it('are whole sentences of the article', () => {
    for (const s of data.statements) {
      const text = data.article.paragraphs.find((p) => p.id === s.location.paragraphId)!.text;
      const spans = sentenceSpans(text);
      expect(spans, s.id).toContainEqual({ start: s.location.start, end: s.location.end });
    }
  });
});

describe('events', () => {
  it('carry the dates the article gives, at its precision', () => {
    const byId = new Map(data.events.map((e) => [e.id, e]));
    expect(byId.get('e-full-scale-invasion')?.date).toEqual({ value: '2022-02', precision: 'month' });
    expect(byId.get('e-sumy-strikes')).toMatchObject({
      date: { value: '2025-06-03', precision: 'day' },
      casualties: { killed: { count: 4, atLeast: true }, injured: { count: 25, atLeast: false } },
    });
    expect(byId.get('e-putin-warning')).toMatchObject({
      date: { value: '2025-09-05', precision: 'day' },
      repeatedOn: [{ value: '2025-09-08', precision: 'day' }],
    });
    // "Putin's comments … follow a high-profile meeting in Paris": the same day is allowed, and the bound is read, not stated
    expect(byId.get('e-paris-meeting')?.date).toEqual({
      relation: 'on-or-before',
      value: '2025-09-05',
      precision: 'day',
      inferred: true,
    });
    for (const id of [
      'e-istanbul-talks-collapse',
      'e-us-brokered-negotiations-fail',
      'e-alaska-negotiations',
      'e-kerch-bridge-attacks',
      'e-putin-china-trip',
    ]) {
      expect(byId.get(id), id).toBeDefined();
    }
  });

  it('say in a note why there is no date when there is none', () => {
    for (const e of data.events.filter((x) => !x.date)) expect(e.note, e.id).toMatch(/no date|no dates/);
  });

  it('use no date the article does not contain', () => {
    const mentioned = ['2022-02', '2025-06-03', '2025-09-05', '2025-09-08'];
    const all = [...data.events, ...data.quotes, ...data.statements].flatMap((x) => [
      ...(x.date ? [x.date] : []),
      ...('repeatedOn' in x && x.repeatedOn ? x.repeatedOn : []),
    ]);
    for (const d of all) expect(mentioned).toContain(d.value);
  });
});

describe('actors', () => {
  it('include every id the mention engine is written against', () => {
    const ids = new Set(data.actors.map((a) => a.id));
    const fixed = [
      'putin',
      'zelenskyy',
      'macron',
      'trump',
      'podolyak',
      'lavrov',
      'russia',
      'ukraine',
      'united-states',
      'france',
      'china',
      'india',
      'kremlin',
      'kyiv',
      'moscow',
      'washington',
      'european-union',
      'nato',
      'the-west',
      'associated-press',
      'wall-street-journal',
      'bbc',
      'x',
      'paris',
      'sumy',
      'kerch-bridge',
      'istanbul',
      'alaska',
      'europe',
    ];
    expect(fixed.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('flag the article inconsistency about Trump', () => {
    expect(data.actors.find((a) => a.id === 'trump')?.note).toMatch(/inconsistent/);
  });
});

describe('whose words', () => {
  it('dates no quote the article leaves undated, and marks every inferred date as inferred', () => {
    const proceed = data.quotes.find((q) => q.id === 'q-putin-proceed-from-assumption');
    expect(proceed?.date).toBeUndefined();
    expect(proceed?.repeatedOn).toBeUndefined();
    for (const e of data.events)
      if (e.date && !e.date.inferred) expect(e.note ?? '', e.id).not.toMatch(/gives no date/);
  });

  it('splits statements that mix the writer’s words with the speaker’s, each part verbatim', () => {
    const parts = (id: string) => data.statements.find((s) => s.id === id)?.parts?.map((p) => p.by);
    expect(parts('s-russia-trump-efforts-ineffectual')).toEqual(['writer', 'russia']);
    expect(parts('s-ukraine-trump-efforts-ineffectual')).toEqual(['writer', 'ukraine']);
    expect(parts('s-ukraine-kerch-bridge-attacks')).toEqual(['ukraine', 'writer', 'bbc']);
    expect(parts('s-washington-concerns-alignment')).toEqual(['writer', 'washington']);
    for (const s of data.statements) for (const p of s.parts ?? []) expect(s.text, s.id).toContain(p.text);
  });

  it('credits no statement to Kyiv for the writer’s reading of Zelenskyy’s position', () => {
    const p3 = data.statements.filter((s) => s.speakerId === 'kyiv' && s.location.paragraphId === 'p3');
    expect(p3).toEqual([]);
  });

  it('keeps Europe out of what Washington’s concern is about (European capitals share it)', () => {
    const concern = data.statements.find((s) => s.id === 's-washington-concerns-alignment');
    expect(concern?.aboutIds).not.toContain('europe');
  });
});
