/** Parsing and checking of {@link EventDate} values (ISO 8601 at day, month or year precision). */
import type { DatePrecision, DateRelation, EventDate } from './types';

const PATTERNS: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

/** The parts of an ISO 8601 date string, or undefined if it is not one at any supported precision. */
export function parseIsoDate(
  value: string,
): { year: number; month?: number; day?: number; precision: DatePrecision } | undefined {
  for (const precision of ['day', 'month', 'year'] as const) {
    const m = PATTERNS[precision].exec(value);
    if (!m) continue;
    const year = Number(m[1]);
    const month = m[2] === undefined ? undefined : Number(m[2]);
    const day = m[3] === undefined ? undefined : Number(m[3]);
    if (month !== undefined && (month < 1 || month > 12)) return undefined;
    if (day !== undefined && month !== undefined) {
      // Day 0 of the next month is the last day of this one; this catches 2025-02-30.
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > daysInMonth) return undefined;
    }
    return { year, month, day, precision };
  }
  return undefined;
}

/** True when `d` has a `relation` ("before 5 September 2025") rather than being the date itself. */
export function isRelativeDate(d: EventDate): d is Extract<EventDate, { relation: DateRelation }> {
  return 'relation' in d;
}
