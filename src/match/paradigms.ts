import type { Language } from './types';

/**
 * Case paradigms: each slot lists the endings added to the stem ('=' keeps the written word).
 * Slots: ru/uk nom gen dat acc ins loc; pl nom gen dat acc ins loc voc; de nom gen dat; others nom.
 * Multi-word names inflect slot by slot, so adjective and noun agree ("Европейского союза").
 */
interface Paradigm {
  strip: number;
  slots: (string | string[])[];
}

const RU: Record<string, Paradigm> = {
  m: { strip: 0, slots: ['=', 'а', 'у', ['=', 'а'], 'ом', 'е'] },
  sn: { strip: 0, slots: ['=', 'а', 'у', 'а', 'ым', 'е'] },
  adj: { strip: 2, slots: ['=', 'ого', 'ому', ['ого', '='], 'им', 'ом'] },
  soft: { strip: 1, slots: ['=', 'я', 'ю', ['=', 'я'], ['ём', 'ем'], 'е'] },
  j: { strip: 1, slots: ['=', 'я', 'ю', ['=', 'я'], 'ем', 'е'] },
  a: { strip: 1, slots: ['=', 'ы', 'е', 'у', ['ой', 'ою'], 'е'] },
  ia: { strip: 1, slots: ['=', 'и', 'и', 'ю', 'ей', 'и'] },
  ply: { strip: 1, slots: ['=', ['', 'ов'], 'ам', '=', 'ами', 'ах'] },
  pladj: { strip: 2, slots: ['=', 'ых', 'ым', '=', 'ыми', 'ых'] },
  adjf: { strip: 2, slots: ['=', 'ой', 'ой', 'ую', ['ой', 'ою'], 'ой'] },
};

const UK: Record<string, Paradigm> = {
  m: { strip: 0, slots: ['=', ['а', 'у'], ['у', 'ові'], ['=', 'а'], 'ом', ['і', 'ові', 'у']] },
  sn: { strip: 0, slots: ['=', 'а', ['у', 'ові'], 'а', 'им', ['і', 'ові']] },
  adj: { strip: 2, slots: ['=', 'ого', 'ому', ['ого', '='], 'им', ['ому', 'ім']] },
  soft: { strip: 1, slots: ['=', 'я', ['ю', 'еві'], ['=', 'я'], 'ем', 'і'] },
  j: { strip: 1, slots: ['=', ['я', 'ю'], ['ю', 'єві'], ['=', 'я'], 'єм', ['ї', 'ю']] },
  a: { strip: 1, slots: ['=', 'и', '*і', 'у', 'ою', '*і'] },
  ia: { strip: 1, slots: ['=', 'ї', 'ї', 'ю', 'єю', 'ї'] },
  o: { strip: 1, slots: ['=', 'а', ['ові', 'у'], 'а', 'ом', ['ові', 'і']] },
  ply: { strip: 1, slots: ['=', ['', 'ів'], 'ам', '=', 'ами', 'ах'] },
  pladj: { strip: 1, slots: ['=', 'их', 'им', '=', 'ими', 'их'] },
  adjf: { strip: 1, slots: ['=', 'ої', 'ій', 'у', 'ою', 'ій'] },
};

const PL: Record<string, Paradigm> = {
  m: { strip: 0, slots: ['=', ['a', 'u'], 'owi', ['=', 'a'], 'em', '*E', '*E'] },
  mo: { strip: 1, slots: ['=', 'a', 'owi', 'a', 'em', '*E', '*E'] },
  adj: { strip: 1, slots: ['=', 'iego', 'iemu', ['iego', '='], 'im', 'im', '='] },
  adjf: { strip: 1, slots: ['=', 'iej', 'iej', 'ą', 'ą', 'iej', '='] },
  a: { strip: 1, slots: ['=', 'y', '*e', 'ę', 'ą', '*e', 'o'] },
  ja: { strip: 1, slots: ['=', 'i', 'i', 'ę', 'ą', 'i', 'o'] },
  ply: { strip: 1, slots: ['=', ['', 'ów'], 'om', '=', 'ami', 'ach', '='] },
  plie: { strip: 1, slots: ['=', 'i', 'om', '=', 'ami', 'ach', '='] },
  pladj: { strip: 1, slots: ['=', 'ych', 'ym', '=', 'ymi', 'ych', '='] },
};

const DE: Record<string, Paradigm> = {
  s: { strip: 0, slots: ['=', 's', '='] },
  adj: { strip: 0, slots: ['=', 'n', 'n'] },
};

const PARADIGMS: Partial<Record<Language, Record<string, Paradigm>>> = { ru: RU, uk: UK, pl: PL, de: DE };
const SLOTS: Record<Language, number> = { en: 1, fr: 1, es: 1, de: 3, ru: 6, uk: 6, pl: 7 };

/** Number of case slots a language's paradigms have. */
export function slotCount(lang: Language): number {
  return SLOTS[lang];
}

/** Polish locative/vocative with consonant alternation: Putin→Putinie, Władimir→Władimirze, Podolak→Podolaku. */
function plLocative(stem: string, feminine: boolean): string {
  if (feminine) {
    if (stem.endsWith('k')) return stem.slice(0, -1) + 'ce';
    if (stem.endsWith('g')) return stem.slice(0, -1) + 'dze';
  } else if (/(?:k|g|ch|l|j|c|cz|sz|rz|ż|dz)$/.test(stem)) {
    return stem + 'u';
  }
  if (stem.endsWith('st')) return stem.slice(0, -2) + 'ście';
  if (stem.endsWith('t')) return stem.slice(0, -1) + 'cie';
  if (stem.endsWith('d')) return stem.slice(0, -1) + 'dzie';
  if (stem.endsWith('r')) return stem.slice(0, -1) + 'rze';
  if (stem.endsWith('ł')) return stem.slice(0, -1) + 'le';
  return stem + 'ie';
}

/** Joins stem and ending with each language's spelling rules (Парижем, Аляски, Алясці, Podolakiem, Alaski). */
function join(lang: Language, stem: string, ending: string): string {
  const last = stem.slice(-1);
  switch (lang) {
    case 'ru':
      if (ending.startsWith('ы') && /[гкхжшчщ]/.test(last)) return stem + 'и' + ending.slice(1);
      if (ending === 'ом' && /[жшчщц]/.test(last)) return stem + 'ем';
      return stem + ending;
    case 'uk':
      if (ending === '*і') {
        const alt: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };
        return (alt[last] ? stem.slice(0, -1) + alt[last] : stem) + 'і';
      }
      if (ending === 'ом' && /[жшчщц]/.test(last)) return stem + 'ем';
      return stem + ending;
    case 'pl':
      if (ending === '*E') return plLocative(stem, false);
      if (ending === '*e') return plLocative(stem, true);
      if (/[kg]/.test(last) && (ending === 'em' || ending === 'y')) return stem + (ending === 'em' ? 'iem' : 'i');
      return stem + ending;
    default:
      return stem + ending;
  }
}

/**
 * The case forms of one word, slot by slot. `paradigm` undefined means indeclinable;
 * `oblique` replaces the stem outside the nominative (Київ → Києв-а).
 */
export function inflect(word: string, lang: Language, paradigm?: string, oblique?: string): string[][] {
  const n = SLOTS[lang];
  const p = paradigm ? PARADIGMS[lang]?.[paradigm] : undefined;
  if (paradigm && !p) throw new Error(`unknown paradigm ${lang}~${paradigm} for "${word}"`);
  if (!p) return Array.from({ length: n }, () => [word]);
  const stem = oblique ?? (p.strip ? word.slice(0, -p.strip) : word);
  return p.slots.map((slot, i) => {
    const endings = Array.isArray(slot) ? slot : [slot];
    const forms = endings.map((e) => (e === '=' || i === 0 ? word : join(lang, stem, e)));
    return [...new Set(forms)];
  });
}
