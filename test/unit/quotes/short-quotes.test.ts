import { describe, expect, it } from 'vitest';
import { SHORT, seen } from './spots';

const PHRASES = SHORT.map((q) => [q.id, q.text] as const);
/** The quotation the page finds for a phrase: "practically impossible" is in the data twice (p5 and p9). */
const idsFor = (text: string): string[] => SHORT.filter((q) => q.text === text).map((q) => q.id);

describe('a short quotation counts only in quotation marks and with a speaker', () => {
  it.each(PHRASES)('%s: in quotation marks, credited to Putin → matches', (_id, text) => {
    const spots = seen(`Putin said Western troops would face “${text}” if they came.`);
    expect(spots).toHaveLength(1);
    expect(idsFor(text)).toContain(spots[0]!.quoteId);
    expect(spots[0]).toMatchObject({ surface: text, status: 'matches', credited: 'putin' });
  });

  it.each(PHRASES)('%s: in quotation marks, credited to Lavrov → another speaker', (_id, text) => {
    expect(seen(`Lavrov said Western troops would face “${text}” if they came.`)).toMatchObject([
      { surface: text, status: 'other', credited: 'lavrov' },
    ]);
  });

  it.each(PHRASES)('%s: a speaker in the sentence before counts', (_id, text) => {
    expect(seen(`Vladimir Putin spoke on Friday. He warned of “${text}” for foreign troops.`)).toMatchObject([
      { surface: text, status: 'matches' },
    ]);
  });

  it.each(PHRASES)('%s: without quotation marks it is ordinary text, even next to a name', (_id, text) => {
    expect(seen(`Putin said Western troops would face ${text} if they came.`)).toEqual([]);
  });

  it.each(PHRASES)('%s: in quotation marks with no speaker it is ordinary text', (_id, text) => {
    expect(seen(`Analysts called the offer “${text}” at best.`)).toEqual([]);
  });

  it.each(PHRASES)('%s: a speaker two sentences away is too far', (_id, text) => {
    expect(seen(`Putin spoke on Friday. The weather was grey. Analysts called it “${text}” at best.`)).toEqual([]);
  });

  it.each(PHRASES)('%s: in capitals and single quotes, as headlines write it', (_id, text) => {
    expect(seen(`PUTIN WARNS OF ‘${text.toUpperCase()}’`)).toMatchObject([{ status: 'matches', credited: 'putin' }]);
  });

  it.each(PHRASES)('%s: inside a longer quotation of other words it is not the article’s', (_id, text) => {
    expect(seen(`“It is ${text} to say more today,” Putin said.`)).toEqual([]);
  });
});

describe('a short quotation with more of the article’s words', () => {
  it('“legitimate targets for strikes” is the longer quotation it comes from', () => {
    expect(seen('Putin said foreign troops would be “legitimate targets for strikes”.')).toMatchObject([
      { quoteId: 'q-putin-proceed-from-assumption', surface: 'legitimate targets for strikes', status: 'matches' },
    ]);
  });

  it('“practically impossible to reach” is the p5 quotation', () => {
    expect(seen('A deal was “practically impossible to reach”, Putin said.')).toMatchObject([
      { quoteId: 'q-putin-practically-impossible-agreement', status: 'matches' },
    ]);
  });

  it('a near-miss: other words after the phrase are not the article’s', () => {
    expect(seen('Putin said troops would be “legitimate targets for drones”.')).toEqual([]);
  });

  it('“100 %” with a space is the same figure', () => {
    expect(seen('Putin promised “a 100 % guarantee” of safety.')).toMatchObject([
      { quoteId: 'q-putin-100-percent-guarantee' },
    ]);
  });

  it('“a 100% guarantee” without the article is a different phrase', () => {
    expect(seen('Putin promised “100% guarantee” of safety.')).toEqual([]);
  });
});
