/** Human-readable event dates, never more precise than the data. */
import { isRelativeDate, parseIsoDate } from './event-date';
import type { DateRelation, EventDate } from './types';

/** Words for relative dates and inferred ones; locales without an entry fall back to English. */
const RELATION_WORDS: Record<string, Record<DateRelation, string> & { inferred: string }> = {
  en: { before: 'before', after: 'after', 'on-or-before': 'on or before', inferred: 'inferred, not stated' },
  fr: { before: 'avant le', after: 'après le', 'on-or-before': 'au plus tard le', inferred: 'déduit, non précisé' },
  de: { before: 'vor dem', after: 'nach dem', 'on-or-before': 'spätestens am', inferred: 'erschlossen, nicht genannt' },
};

/**
 * Formats a date at its stored precision: "3 June 2025", "September 2025", "2025",
 * "before 5 September 2025", "on or before 5 September 2025 (inferred, not stated)". Plain "en" uses day-month-year order, as the article's region-neutral
 * display; other locales use their own order. Returns the raw value if it is not valid ISO 8601.
 */
export function formatEventDate(d: EventDate, locale = 'en'): string {
  const parsed = parseIsoDate(d.value);
  if (!parsed) return d.value;
  const intlLocale = locale === 'en' ? 'en-GB' : locale;
  const at = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
  // Format at the stored precision, even if `precision` claims more than the value holds.
  const options: Intl.DateTimeFormatOptions =
    d.precision === 'day' && parsed.day !== undefined
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : (d.precision === 'day' || d.precision === 'month') && parsed.month !== undefined
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' };
  const date = new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: 'UTC' }).format(at);
  const words = RELATION_WORDS[locale.split('-')[0] ?? 'en'] ?? RELATION_WORDS.en!;
  const text = isRelativeDate(d) ? `${words[d.relation]} ${date}` : date;
  // a date the data reads from the article's wording is never shown as one the article gives
  return d.inferred ? `${text} (${words.inferred})` : text;
}
