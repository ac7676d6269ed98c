import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../../../src/data/format-date';

describe('formatEventDate', () => {
  it.each([
    [{ value: '2025-06-03', precision: 'day' as const }, '3 June 2025'],
    [{ value: '2025-09', precision: 'month' as const }, 'September 2025'],
    [{ value: '2022-02', precision: 'month' as const }, 'February 2022'],
    [{ value: '2025', precision: 'year' as const }, '2025'],
    [{ relation: 'before' as const, value: '2025-09-05', precision: 'day' as const }, 'before 5 September 2025'],
    [{ relation: 'after' as const, value: '2022-02', precision: 'month' as const }, 'after February 2022'],
  ])('formats %j as %s', (d, expected) => {
    expect(formatEventDate(d)).toBe(expected);
  });

  it('says when a date is read from the article rather than given by it, in every locale it knows', () => {
    const bound = { relation: 'on-or-before' as const, value: '2025-09-05', precision: 'day' as const, inferred: true };
    expect(formatEventDate(bound)).toBe('on or before 5 September 2025 (inferred, not stated)');
    expect(formatEventDate(bound, 'fr')).toBe('au plus tard le 5 septembre 2025 (déduit, non précisé)');
    expect(formatEventDate(bound, 'de')).toBe('spätestens am 5. September 2025 (erschlossen, nicht genannt)');
    expect(formatEventDate({ value: '2025-09', precision: 'month', inferred: true })).toBe(
      'September 2025 (inferred, not stated)',
    );
    expect(formatEventDate({ value: '2025-09', precision: 'month', inferred: false })).toBe('September 2025');
  });

  it('is never more precise than the stored precision', () => {
    expect(formatEventDate({ value: '2025-06-03', precision: 'month' })).toBe('June 2025');
    expect(formatEventDate({ value: '2025-06-03', precision: 'year' })).toBe('2025');
    expect(formatEventDate({ value: '2025-06', precision: 'day' })).toBe('June 2025');
  });

  it('does not shift the day in any time zone', () => {
    expect(formatEventDate({ value: '2025-01-01', precision: 'day' })).toBe('1 January 2025');
    expect(formatEventDate({ value: '2025-12-31', precision: 'day' })).toBe('31 December 2025');
  });

  it('uses the locale', () => {
    expect(formatEventDate({ value: '2025-06-03', precision: 'day' }, 'en-US')).toBe('June 3, 2025');
    expect(formatEventDate({ value: '2025-06-03', precision: 'day' }, 'fr')).toBe('3 juin 2025');
    expect(formatEventDate({ relation: 'before', value: '2025-09-05', precision: 'day' }, 'fr')).toBe(
      'avant le 5 septembre 2025',
    );
  });

  it('returns an invalid value unchanged rather than guessing', () => {
    expect(formatEventDate({ value: 'Feb 2022', precision: 'month' })).toBe('Feb 2022');
  });
});
