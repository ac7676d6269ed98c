/** User-visible strings of the extension's own UI come from `_locales` (English complete). */
import { browser } from './browser';

/** The localized string for `key`, or the key itself when it is missing (so a gap shows, rather than a blank). */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
