import { describe, expect, it } from 'vitest';
import { validateArticleData } from '../../../src/data/validate';
import { aliasesIfPresent, copyOfData } from './load';

/** Mutable view of the copy, so tests can break it in ways the types forbid. */
type Loose = Record<string, Array<Record<string, unknown>>>;

describe('validateArticleData', () => {
  it('accepts the real data with zero errors', () => {
    expect(validateArticleData(copyOfData())).toEqual([]);
  });

  it('accepts the real alias table, when there is one', () => {
    const aliases = aliasesIfPresent();
    expect(validateArticleData(copyOfData(), aliases ?? {})).toEqual([]);
  });

  it('rejects a non-object', () => {
    expect(validateArticleData(null)).toHaveLength(1);
  });

  it('names the quote and field when a quote text was changed', () => {
    const data = copyOfData();
    const q = data.quotes.find((x) => x.id === 'q-putin-100-percent-guarantee')!;
    q.text = 'a 99% guarantee';
    const { paragraphId, start, end } = q.location;
    expect(validateArticleData(data)).toEqual([
      `quotes[q-putin-100-percent-guarantee].text: not found verbatim at ${paragraphId}[${start}..${end}] (found "a 100% guarantee")`,
    ]);
  });

  it('names the statement when its offsets drift', () => {
    const data = copyOfData();
    data.statements[0]!.location.start += 1;
    const errors = validateArticleData(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^statements\[s-putin-foreign-troops-warning\]\.text: not found verbatim at p1\[1\.\.256\]/,
    );
  });

  it('names out-of-range offsets', () => {
    const data = copyOfData();
    data.quotes[0]!.location.end = 10_000;
    expect(validateArticleData(data)).toContain(
      'quotes[q-putin-legitimate-targets].location.end: 10000 is out of range for p1 (length 514)',
    );
  });

  it('names a dangling actor id in each kind of reference', () => {
    const data = copyOfData();
    data.events.find((e) => e.id === 'e-sumy-strikes')!.participantIds.push('russa');
    data.quotes[0]!.speakerId = 'putn';
    data.actors.find((a) => a.id === 'lavrov')!.relations[0]!.target = 'rusia';
    data.statements[0]!.aboutIds = ['nowhere'];
    data.quotes[0]!.outletIds = ['ap'];
    data.quotes[0]!.location.paragraphId = 'p99';
    expect(validateArticleData(data)).toEqual(
      expect.arrayContaining([
        'events[e-sumy-strikes].participantIds[1]: unknown actor "russa"',
        'quotes[q-putin-legitimate-targets].speakerId: unknown actor "putn"',
        'actors[lavrov].relations[0].target: unknown actor "rusia"',
        'statements[s-putin-foreign-troops-warning].aboutIds[0]: unknown actor "nowhere"',
        'quotes[q-putin-legitimate-targets].outletIds[0]: unknown actor "ap"',
        'quotes[q-putin-legitimate-targets].location.paragraphId: unknown paragraph "p99"',
      ]),
    );
  });

  it('rejects a reference to the wrong kind of actor', () => {
    const data = copyOfData();
    data.quotes[0]!.outletIds = ['putin'];
    expect(validateArticleData(data)).toEqual([
      'quotes[q-putin-legitimate-targets].outletIds[0]: actor "putin" is a person, expected media',
    ]);
  });

  it('names bad dates', () => {
    const data = copyOfData();
    data.events.find((e) => e.id === 'e-full-scale-invasion')!.date = { value: 'Feb 2022', precision: 'month' };
    data.events.find((e) => e.id === 'e-sumy-strikes')!.date = { value: '2025-06-31', precision: 'day' };
    data.events.find((e) => e.id === 'e-putin-warning')!.date = { value: '2025-09', precision: 'day' };
    expect(validateArticleData(data)).toEqual([
      'events[e-full-scale-invasion].date.value: "Feb 2022" is not ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY)',
      'events[e-sumy-strikes].date.value: "2025-06-31" is not ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY)',
      'events[e-putin-warning].date.precision: "day" does not match value "2025-09" (month precision)',
    ]);
  });

  it('names a non-boolean inferred flag and an unknown date relation', () => {
    const data = copyOfData() as unknown as Loose;
    const events = data.events as Array<Record<string, unknown>>;
    events[0]!.date = { value: '2022-02', precision: 'month', inferred: 'yes' };
    events[1]!.date = { relation: 'around', value: '2025-06-03', precision: 'day' };
    const errors = validateArticleData(data);
    expect(errors).toContain('events[e-full-scale-invasion].date.inferred: expected a boolean');
    expect(errors.some((e) => e.startsWith('events[e-sumy-strikes].date.relation: "around" is not one of'))).toBe(true);
  });

  it('names a statement part that is not in its text or is credited to nobody known', () => {
    const data = copyOfData();
    const st = data.statements.find((x) => x.id === 's-ukraine-kerch-bridge-attacks')!;
    st.parts = [
      { text: 'a vital logistics link for Russian troops', by: 'writer' },
      { text: 'Ukraine has also reported attacks', by: 'ukrainian-officials' },
    ];
    expect(validateArticleData(data)).toEqual([
      'statements[s-ukraine-kerch-bridge-attacks].parts[0].text: not found verbatim in the statement text',
      'statements[s-ukraine-kerch-bridge-attacks].parts[1].by: unknown actor "ukrainian-officials"',
    ]);
  });

  it('names duplicated ids by index', () => {
    const data = copyOfData();
    data.quotes.push(structuredClone(data.quotes[0]!));
    const last = data.quotes.length - 1;
    expect(validateArticleData(data)).toEqual([
      `quotes[${last}].id: duplicate id "q-putin-legitimate-targets" (first at quotes[0])`,
    ]);
  });

  it('names missing required fields, by index when the id is missing', () => {
    const data = copyOfData() as unknown as Loose;
    delete data.actors!.find((a) => a.id === 'podolyak')!.description;
    delete data.events![0]!.id;
    delete data.statements![0]!.speakerId;
    expect(validateArticleData(data)).toEqual([
      'actors[podolyak].description: required field missing',
      'statements[s-putin-foreign-troops-warning].speakerId: required field missing',
      'events[0].id: required field missing',
    ]);
  });

  it('names unknown fields, which are usually typos', () => {
    const data = copyOfData() as unknown as Loose;
    data.quotes![0]!.speakerID = 'putin';
    expect(validateArticleData(data)).toEqual(['quotes[q-putin-legitimate-targets].speakerID: unknown field']);
  });

  it('checks alias keys against actor ids', () => {
    expect(validateArticleData(copyOfData(), { $comment: 'x', putin: [], zelensky: [] })).toEqual([
      'aliases["zelensky"]: unknown actor id "zelensky"',
    ]);
  });

  it('checks that an alias entry has its actor’s kind', () => {
    const aliases = {
      actors: [
        { id: 'russia', kind: 'country' },
        { id: 'kyiv', kind: 'government' },
      ],
    };
    expect(validateArticleData(copyOfData(), aliases)).toEqual([
      'aliases.actors[0].kind: "country" but actor "russia" is a government',
    ]);
  });

  it('checks the ids of an alias table shaped { actors: [{ id }] }', () => {
    const aliases = { $comment: 'x', titles: {}, actors: [{ id: 'putin' }, { id: 'zelensky' }, { names: {} }] };
    expect(validateArticleData(copyOfData(), aliases)).toEqual([
      'aliases.actors[1].id: unknown actor id "zelensky"',
      'aliases.actors[2].id: required field missing',
    ]);
  });
});
