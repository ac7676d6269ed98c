import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceSpans } from '../../../src/data/sentences';

const spans = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits at full stops followed by space', () => {
    expect(spans('One. Two! Three?')).toEqual(['One.', 'Two!', 'Three?']);
  });
  it('keeps "U.S." inside its sentence', () => {
    expect(spans('Former U.S. President Donald Trump spoke. Then he left.')).toEqual([
      'Former U.S. President Donald Trump spoke.',
      'Then he left.',
    ]);
  });
  it('keeps a quoted passage of two sentences in one sentence, closing mark included', () => {
    expect(spans('He said, “One. Two!” Then he left.')).toEqual(['He said, “One. Two!”', 'Then he left.']);
    expect(spans('She insisted it must "end now." Next.')).toEqual(['She insisted it must "end now."', 'Next.']);
  });
});

describe('sentenceAround', () => {
  it('finds the sentence containing a span, or nothing if the span crosses sentences', () => {
    const t = 'One two. Three four.';
    expect(sentenceAround(t, 9, 14)).toEqual({ start: 9, end: 20 });
    expect(sentenceAround(t, 4, 12)).toBeUndefined();
  });
});
