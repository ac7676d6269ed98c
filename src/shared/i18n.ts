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
function pluralCategory(n: number): Intl.LDMLPluralRule {
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
function plural(key: string, n: number, englishOne: string, englishOther: string): string {
  const count = String(n);
  for (const name of [`${key}_${pluralCategory(n)}`, `${key}_other`]) {
    const text = t(name, [count]);
    if (text !== name) return text.replace(/\$1/g, count);
  }
  return (n === 1 ? englishOne : englishOther).replace(/\$1/g, count);
}

/** The counts of a string table: `mentions` for a table with `mentions_one` and `mentions_other`. */
type Counted<Key> = Key extends `${infer Base}_other` ? Base : never;

/**
 * The strings of one part of the UI (`card`, `panel`): each is the message `<prefix>_<key>` of the UI language, else
 * the English of the table (made from _locales/en, see build/strings-en.ts), with `$1`, `$2`… replaced by `subs`.
 */
export function stringTable<Key extends string>(prefix: string, english: Readonly<Record<Key, string>>) {
  return {
    text(key: Key, ...subs: Array<string | number>): string {
      const name = `${prefix}_${key}`;
      const localized = t(name, subs.map(String));
      const text = localized && localized !== name ? localized : english[key];
      return text.replace(/\$(\d)/g, (_, i: string) => String(subs[Number(i) - 1] ?? ''));
    },
    /** A count in words: "1 mention", "5 mentions" (see `plural`). */
    count(what: Counted<Key>, n: number): string {
      return plural(`${prefix}_${what}`, n, english[`${what}_one` as Key], english[`${what}_other` as Key]);
    },
  };
}
