/** The hover card's strings: from `_locales` (`card_<key>`), with the English made from `_locales/en` as fallback. */
import { card } from 'fact-context:strings-en';
import { stringTable } from '../../shared/i18n';

const strings = stringTable('card', card);

/** The card string `key`, with `$1`, `$2`… replaced by `subs`. */
export const cs = strings.text;

/** "1 quote" / "3 quotes" (and the same for statements and events), in the UI language's plural forms. */
export function countOf(n: number, what: 'quotes' | 'statements' | 'events'): string {
  return strings.count(what, n);
}
