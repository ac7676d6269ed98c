/**
 * Which meaning of a candidate counts, at this place in the text: the precision rules of README.md (namesakes and
 * "Jr.", the context's language, titles before a person's name, and names that are also common words where a
 * capital proves nothing; the per-actor word rules, such as "posted on X", are in actor-rules.ts).
 * find-mentions.ts finds the candidates.
 */
import { FLAG, type FormRef, type Language, type Mention } from './types';
import { wordRulesHold, type Rules } from './actor-rules';
import { contextLanguage, isAllCaps, langBit, prevWord, prevWordStart, sentenceInitial } from './context';
import { inQuotedTitle, isNamesake, type NamesakeSets } from './namesakes';
import { LETTER_RANGES } from './word-class';

/**
 * "Jr", "Sr", "мл.", "-младший", "молодший" after a name: a namesake ("Donald Trump Jr.", "Дональд Трамп-младший",
 * "Трампа-молодшого"). Lowercase "junior", "fils", "hijo" only after a full name: "Trump junior aides" is Trump's.
 */
const JUNIOR = new RegExp(
  `(?:,?[^\\S\\n]*|-)(?:Jr|Sr|Jnr|Junior|JR|SR|JNR|JUNIOR|мл|[Мм]ладш[а-яё]*|МЛАДШ[А-ЯЁ]*|[Мм]олодш[а-яіїє]*|МОЛОДШ[А-ЯІЇЄ]*|[Сс]тарш[а-яіїєё]*)(?![${LETTER_RANGES}])`,
  'uy',
);
const JUNIOR_AFTER_FULL = new RegExp(`(?:,?[^\\S\\n]*|-)(?:junior|fils|hijo|père|padre)(?![${LETTER_RANGES}])`, 'uy');

/** The tables a matcher has loaded, as the rules use them. */
export interface Runtime {
  heads: Set<string>;
  pres: Set<string>;
  maxTitleWords: number;
  /** Form → meanings, used as parsed from JSON: building a Map of thousands of forms at every page load costs ms. */
  forms: Record<string, FormRef[]>;
  rules: Record<string, Rules>;
  /** Last words of titles: a cheap first test before looking for a whole title. */
  titleEnds: Set<string>;
  namesakes: NamesakeSets | undefined;
}

/** Per-call cache of the context language, by 256-character block: dense text asks many times. */
export type LangCache = Map<number, Language | undefined>;

function cachedLanguage(s: string, i: number, cache: LangCache): Language | undefined {
  const cyrillic = s.charCodeAt(i) >= 0x400 && s.charCodeAt(i) <= 0x52f;
  const key = (i >> 8) * 2 + (cyrillic ? 1 : 0);
  if (!cache.has(key)) cache.set(key, contextLanguage(s, i));
  return cache.get(key);
}

/** True when "Jr", "Sr" or "junior" follows a name at `end` (a namesake: "Donald Trump Jr.", "Трамп-младший"). */
function juniorAfter(s: string, end: number, fullName: () => boolean): boolean {
  // Cheap first look: after an optional comma and spaces (or a hyphen), a letter that can start such a word.
  let i = end;
  if (s[i] === ',' || s[i] === '-') i++;
  while (i < s.length && s[i] !== '\n' && /\s/.test(s[i]!)) i++;
  if (!'JSмМсСjfhp'.includes(s[i] ?? '.')) return false;
  JUNIOR.lastIndex = end;
  if (JUNIOR.test(s)) return true;
  JUNIOR_AFTER_FULL.lastIndex = end;
  return JUNIOR_AFTER_FULL.test(s) && fullName();
}

/** Whether one meaning of a candidate survives the precision rules at this place in the text. */
function passes(
  s: string,
  start: number,
  end: number,
  raw: string,
  ref: FormRef,
  ctx: Language | undefined,
  runtime: Runtime,
): boolean {
  const [actorId, flags, mask] = ref;
  // no telltale words around (a headline in capitals): give the form the benefit of the doubt
  if (flags & FLAG.GATED && ctx && !(mask & langBit(ctx))) return false;
  if (flags & FLAG.NOT_INITIAL && ctx && mask & langBit(ctx) && sentenceInitial(s, start)) return false;
  // "junior" and "fils" only after a full name ("Donald Trump junior"), also when the surname is matched alone
  if (flags & FLAG.PERSON && juniorAfter(s, end, () => raw.includes(' ') || /^\p{Lu}/u.test(prevWord(s, start) ?? '')))
    return false;
  if (
    flags & FLAG.PLACE &&
    runtime.namesakes &&
    (isNamesake(s, start, end, runtime.namesakes) || inQuotedTitle(s, start, end))
  )
    return false;
  return wordRulesHold(s, start, end, raw, ref, runtime.rules[actorId]);
}

/** Picks the meaning of a candidate; when the context's language has its own meaning, only that one counts. */
export function choose(
  s: string,
  start: number,
  end: number,
  raw: string,
  refs: FormRef[],
  runtime: Runtime,
  cache: LangCache,
): FormRef | undefined {
  let needsContext = false;
  let common = false;
  for (const r of refs) {
    if (r[1] & (FLAG.GATED | FLAG.NOT_INITIAL)) needsContext = true;
    if (r[1] & FLAG.COMMON) common = true;
  }
  // a common-word meaning matters only where a capital proves nothing; elsewhere every meaning is the same actor's
  if (common && !needsContext) needsContext = sentenceInitial(s, start) || isAllCaps(raw);
  if (!needsContext) {
    for (const r of refs) if (passes(s, start, end, raw, r, undefined, runtime)) return r;
    return undefined;
  }
  const ctx = cachedLanguage(s, start, cache);
  const bit = ctx ? langBit(ctx) : 0;
  let own = false;
  for (const r of refs) if (r[2] & bit) own = true;
  for (const r of refs) if ((!own || r[2] & bit) && passes(s, start, end, raw, r, ctx, runtime)) return r;
  return undefined;
}

/**
 * Start of a title right before a person's name ("President", "Russian Foreign Minister", "президента"), else `start`.
 * Walks back word by word (never past `floor`, the end of the previous mention) and looks the words up in sets.
 */
export function titleStart(s: string, start: number, floor: number, runtime: Runtime): number {
  const last = prevWordStart(s, start, floor);
  if (last < 0 || !runtime.titleEnds.has(s.slice(last, start).trimEnd())) return start;
  const starts: number[] = [];
  for (let i = start; starts.length <= runtime.maxTitleWords;) {
    const w = prevWordStart(s, i, floor);
    if (w < 0) break;
    starts.push((i = w));
  }
  const phrase = (from: number, to: number): string => s.slice(from, to).replace(/\s+/g, ' ').trim();
  for (let k = Math.min(starts.length, runtime.maxTitleWords) - 1; k >= 0; k--) {
    if (!runtime.heads.has(phrase(starts[k]!, start))) continue;
    const pre = starts[k + 1];
    return pre !== undefined && runtime.pres.has(phrase(pre, starts[k]!)) ? pre : starts[k]!;
  }
  return start;
}

/**
 * True when a name that is also a common word (fr "Poutine", uk "Захід", pl "Zachód") stands where its capital
 * letter proves nothing, in its own language's text: at a sentence start or the start of a line (a heading, a menu
 * item), or in capitals. These languages write headings in sentence case, so a capital inside a line is evidence.
 */
export function capitalProvesNothing(s: string, start: number, raw: string, ref: FormRef, cache: LangCache): boolean {
  // no telltale words around (a menu line, a headline in capitals): the capital proves nothing either
  if (!sentenceInitial(s, start) && !isAllCaps(raw)) return false;
  const ctx = cachedLanguage(s, start, cache);
  return !ctx || !!(ref[2] & langBit(ctx));
}

/** Those mentions count only when the same text names the actor where a capital is evidence ("… a dit Poutine"). */
export function keepProven(out: Mention[], unproven: number[]): Mention[] {
  const weak = new Set(unproven);
  const proven = new Set(out.filter((_, i) => !weak.has(i)).map((m) => m.actorId));
  return out.filter((m, i) => !weak.has(i) || proven.has(m.actorId));
}
