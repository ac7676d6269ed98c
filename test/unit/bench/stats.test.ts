import { describe, expect, it } from 'vitest';
import { bootstrapInterval, median, verdict } from '../../bench/stats';

describe('median', () => {
  it('is the middle value (the upper one of an even count), whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(() => median([])).toThrow();
  });
});

describe('bootstrapInterval', () => {
  const spread = [0.41, 0.52, 0.48, 0.61, 0.55, 0.39, 0.58, 0.5, 0.47];

  it('brackets the median of the samples, within their range', () => {
    const [low, high] = bootstrapInterval(spread, median);
    expect(low).toBeLessThanOrEqual(median(spread));
    expect(high).toBeGreaterThanOrEqual(median(spread));
    expect(low).toBeGreaterThanOrEqual(Math.min(...spread));
    expect(high).toBeLessThanOrEqual(Math.max(...spread));
    expect(high).toBeGreaterThan(low);
  });

  it('is exact for samples that do not vary, and narrower for samples that vary less', () => {
    expect(bootstrapInterval([2, 2, 2, 2], median)).toEqual([2, 2]);
    const tight = spread.map((x) => 0.5 + (x - 0.5) / 10);
    const [tl, th] = bootstrapInterval(tight, median);
    const [wl, wh] = bootstrapInterval(spread, median);
    expect(th - tl).toBeLessThan(wh - wl);
  });

  it('keeps what one round measured together: a ratio that is the same in every round has no spread', () => {
    const rounds = spread.map((floor) => ({ floor, ours: floor * 1.4 }));
    const ratio = (rows: readonly { floor: number; ours: number }[]) =>
      median(rows.map((r) => r.ours)) / median(rows.map((r) => r.floor));
    const [low, high] = bootstrapInterval(rounds, ratio);
    expect(low).toBeCloseTo(1.4, 10);
    expect(high).toBeCloseTo(1.4, 10);
  });

  it('gives the same interval for the same samples, and a wider one for a higher confidence', () => {
    expect(bootstrapInterval(spread, median)).toEqual(bootstrapInterval(spread, median));
    const [l90, h90] = bootstrapInterval(spread, median, { confidence: 0.9 });
    const [l99, h99] = bootstrapInterval(spread, median, { confidence: 0.99 });
    expect(l99).toBeLessThanOrEqual(l90);
    expect(h99).toBeGreaterThanOrEqual(h90);
  });
});

describe('verdict', () => {
  it('says met only when the whole interval meets the target, missed only when none of it does', () => {
    expect(verdict([0.41, 0.48], 0.5)).toBe('met');
    expect(verdict([0.52, 0.6], 0.5)).toBe('missed');
    expect(verdict([0.45, 0.55], 0.5)).toBe('within noise');
    expect(verdict([0.5, 0.5], 0.5)).toBe('met');
  });

  it('reads the interval the other way round for a figure that must be high enough', () => {
    expect(verdict([9.4, 16.4], 4, true)).toBe('met');
    expect(verdict([2.5, 3.9], 4, true)).toBe('missed');
    expect(verdict([3.5, 4.5], 4, true)).toBe('within noise');
  });
});
