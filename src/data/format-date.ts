/** Human-readable event dates, never more precise than the data. */
import { isRelativeDate, parseIsoDate } from './event-date';
import type { EventDate } from './types';

/** Words for relative dates; locales without an entry fall back to English. */
const RELATION_WORDS: Record<string, { before: string; after: string }> = {
  en: { before: 'before', after: 'after' },
  fr: { before: 'avant le', after: 'après le' },
  de: { before: 'vor dem', after: 'nach dem' },
};

/**
 * Formats a date at its stored precision: "3 June 2025", "September 2025", "2025",
 * "before 5 September 2025". Plain "en" uses day-month-year order, as the article's region-neutral
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
  const text = new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: 'UTC' }).format(at);
  if (!isRelativeDate(d)) return text;
  const words = RELATION_WORDS[locale.split('-')[0] ?? 'en'] ?? RELATION_WORDS.en!;
  return `${words[d.relation]} ${text}`;
}
