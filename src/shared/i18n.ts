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

let rules: Intl.PluralRules | undefined;

/** The plural category of `n` in the UI's language: "one" or "other" in English; also "few" and "many" in Ukrainian. */
export function pluralCategory(n: number): Intl.LDMLPluralRule {
  if (!rules) {
    try {
      rules = new Intl.PluralRules(browser.i18n.getUILanguage());
    } catch {
      rules = new Intl.PluralRules('en');
    }
  }
  return rules.select(n);
}

/**
 * A count in words ("1 mention", "5 mentions"; in Ukrainian "1 згадка", "3 згадки", "5 згадок", "21 згадка"):
 * the message `<key>_<category>` for n's plural category, else `<key>_other`, else the English given.
 */
export function plural(key: string, n: number, englishOne: string, englishOther: string): string {
  const count = String(n);
  for (const name of [`${key}_${pluralCategory(n)}`, `${key}_other`]) {
    const text = t(name, [count]);
    if (text !== name) return text.replace(/\$1/g, count);
  }
  return (n === 1 ? englishOne : englishOther).replace(/\$1/g, count);
}
