import { LANGS, type Lang } from './types';

/** Cheap looks at the text around a candidate. Only called for the rare candidates a rule needs them for. */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True when the character ending just before `i` is a letter, digit or combining mark (so `i` is inside a word). */
export function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  const from = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(s.slice(from, i));
}

const PREV_WORD = /([\p{L}\p{M}\p{N}.'’-]+)[^\S\n]+$/u;
const NEXT_WORD = /^[^\S\n]+([\p{L}\p{M}\p{N}.'’-]+)/u;

/** The word right before `i`, separated only by spaces on the same line (a line break or punctuation ends the search). */
export function prevWord(s: string, i: number): string | undefined {
  return PREV_WORD.exec(s.slice(Math.max(0, i - 40), i))?.[1];
}

/** The word right after `i`, separated only by spaces on the same line. */
export function nextWord(s: string, i: number): string | undefined {
  return NEXT_WORD.exec(s.slice(i, i + 40))?.[1];
}

/** True at the start of the text, of a line, or after . ! ? … (opening quotes and brackets skipped). */
export function sentenceInitial(s: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const ch = s[j]!;
    if (ch === '\n' || '.!?…'.includes(ch)) return true;
    if (!/[\s"'«»„“”‘’(\[—–-]/u.test(ch)) return false;
  }
  return true;
}

/** True for a word of two or more letters written in capitals ("JOIN", "WARNS"). */
export function isAllCaps(word: string | undefined): boolean {
  if (!word || word.replace(/[^\p{L}]/gu, '').length < 2) return false;
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

function signs(letters: string, words: string): RegExp {
  const w = words ? `|(?<!\\p{L})(?:${words})(?!\\p{L})` : '';
  return new RegExp(`[${letters}]${w}`, 'giu');
}

const SIGNS: Record<Lang, RegExp> = {
  pl: signs('ąęłśźżćńĄĘŁŚŹŻĆŃ', 'się|nie|jest|oraz|że|został|przez|dla|w'),
  de: signs('äöüßÄÖÜ', 'der|die|das|und|nicht|ist|mit|dem|den|des|sich|auf|ein|eine'),
  fr: signs('éèêàçù', 'le|la|les|des|du|et|est|une|pour|dans|au|aux|qui'),
  es: signs('ñ¿¡áíóú', 'el|los|las|del|y|que|por|con|una|para|según'),
  en: signs('', 'the|and|of|to|is|was|with|for|that|has|said'),
  uk: signs('іїєґІЇЄҐ', ''),
  ru: signs('ыэъёЫЭЪЁ', ''),
};

/**
 * The language of the text around `i` (±150 characters), by counting each language's telltale letters and
 * short words; undefined when nothing tells (an ALL-CAPS headline). Cyrillic: Ukrainian (і ї є ґ) vs Russian (ы э ъ ё). Latin: the best-scoring of pl, de, fr, es, en.
 */
export function contextLanguage(s: string, i: number): Lang | undefined {
  const w = s.slice(Math.max(0, i - 150), i + 150);
  const cyr = (w.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (w.match(/\p{Script=Latin}/gu) ?? []).length;
  const candidates: Lang[] = cyr > lat ? ['uk', 'ru'] : ['pl', 'de', 'fr', 'es', 'en'];
  let best: Lang | undefined;
  let bestScore = 0;
  for (const lang of candidates) {
    const n = (w.match(SIGNS[lang]) ?? []).length * (lang === 'pl' ? 2 : 1);
    if (n > bestScore) [best, bestScore] = [lang, n];
  }
  return best;
}

/** The bit of a language in a language mask. */
export function langBit(lang: Lang): number {
  return 1 << LANGS.indexOf(lang);
}
