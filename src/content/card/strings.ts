/** The hover card's strings: from `_locales` (`card_<key>`), with the English as fallback. */
import { plural, t } from '../../shared/i18n';
import { CARD_EN } from './strings-en';

/** A card string key. */
export type CardStringKey = keyof typeof CARD_EN;

/** The card string `key`, with `$1`, `$2`… replaced by `subs`. */
export function cs(key: CardStringKey, ...subs: Array<string | number>): string {
  const localized = t(`card_${key}`, subs.map(String));
  const text: string = localized && localized !== `card_${key}` ? localized : CARD_EN[key];
  return text.replace(/\$(\d)/g, (_, i: string) => String(subs[Number(i) - 1] ?? ''));
}

/** "1 quote" / "3 quotes" (and the same for statements and events), in the UI language's plural forms. */
export function countOf(n: number, what: 'quotes' | 'statements' | 'events'): string {
  return plural(`card_${what}`, n, CARD_EN[`${what}_one`], CARD_EN[`${what}_other`]);
}
