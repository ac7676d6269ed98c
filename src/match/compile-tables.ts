import aliasJson from '../../assets/article/aliases.json';
import {
  FLAG,
  LANGUAGES,
  type ActorRules,
  type AliasTables,
  type CandidateScan,
  type CompiledNamesakes,
  type CompiledTables,
  type FormRef,
  type Language,
} from './types';
import { actorForms, titleForms, type SurfaceForm } from './surface-forms';
import { triePattern } from './trie-pattern';

/** The bundled alias tables (assets/article/aliases.json). */
export const ALIAS_TABLES = aliasJson as unknown as AliasTables;

function capFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Case variants of a form: as written, ALL CAPS (headlines), capitalised when the form starts in lowercase
 * ("pont de Crimée" at a sentence start) and, for a person's full name, all lowercase (tag lists: "donald trump").
 * A lone surname is never matched in lowercase: that is the common word ("trump", "poutine").
 */
function caseVariants(f: SurfaceForm, lowercaseNot: ReadonlySet<string>): string[] {
  const out = [f.text];
  if (f.text !== capFirst(f.text)) out.push(capFirst(f.text));
  if (f.flags & FLAG.PERSON && f.text.includes(' ')) out.push(f.text.toLowerCase());
  // a name marked `+`: informal text writes it in lowercase, and no common word competes
  const lower = f.text.toLowerCase();
  if (f.lowercase && lower !== f.text && !lowercaseNot.has(lower)) out.push(lower);
  return out;
}

function rulesOf(actor: AliasTables['actors'][number]): ActorRules {
  const r: ActorRules = {};
  if (actor.prevNot?.length) r.prevNot = actor.prevNot;
  if (actor.nextNot?.length) r.nextNot = actor.nextNot;
  if (actor.prevRequired) {
    r.prevRequired = [];
    r.prevRequiredMask = 0;
    for (const [lang, words] of Object.entries(actor.prevRequired)) {
      r.prevRequired.push(...(words ?? []).map((w) => w.toLowerCase()));
      r.prevRequiredMask |= 1 << LANGUAGES.indexOf(lang as Language);
    }
  }
  if (actor.nextNotCapitalized) r.nextNotCapitalized = true;
  if (actor.guard) r.guard = actor.guard;
  return r;
}

/** How many characters of a lowercase form's last word, of an ALL-CAPS form, or of a Latin form, its scan's `when` test looks for. */
const KEY_CHARS = 5;
const ALONE_KEY_CHARS = 7;
const CAPS_KEY_CHARS = 3;
const LATIN_KEY_CHARS = 4;

const CYRILLIC = /^[\u0400-\u052f]/u;
const LOWER = /^\p{Ll}/u;

/**
 * Splits the surface forms into candidate scans by their first character, because the regex engine scans
 * fast only when few characters can start a match, and compiles a pattern in time that grows with its size
 * (about 1 ms per 3,000 characters, on every page):
 * - forms that start with a Latin capital (about 1 ms per MB): run when the text holds the first four
 *   characters of one, so that two pages in three without a mention never compile this, the largest pattern;
 * - forms that start with a Cyrillic capital: run when the text has a Cyrillic letter;
 * - forms that start in lowercase ("donald trump", "pont de Crimée"), which would make every lowercase letter
 *   a possible start and the scan ten times slower: run only when the text holds the start of one of their
 *   last words after a space;
 * - the ALL-CAPS variants of written forms ("PUTIN", headlines), when `isCaps` says so: run only when the
 *   text holds the first three letters of one of them, per script.
 * The rare tests (`rare`) share one pass over a text; the others, which hold early on most pages with a
 * mention, run on their own and stop at their first hit.
 * At any one place, only one scan can match, or several with different lengths (the caller keeps the
 * longest), so merging their matches by position equals one pattern of every form.
 */
export function candidateScans(
  forms: Iterable<string>,
  isCaps: (form: string) => boolean = () => false,
): CandidateScan[] {
  const groups = {
    latin: [] as string[],
    cyrillic: [] as string[],
    lower: [] as string[],
    latinCaps: [] as string[],
    cyrillicCaps: [] as string[],
  };
  for (const form of forms) {
    const cyrillic = CYRILLIC.test(form);
    const group = LOWER.test(form)
      ? 'lower'
      : isCaps(form)
        ? cyrillic
          ? 'cyrillicCaps'
          : 'latinCaps'
        : cyrillic
          ? 'cyrillic'
          : 'latin';
    groups[group].push(form);
  }
  const scans: CandidateScan[] = [];
  const add = (forms: string[], when: string, rare: boolean) =>
    forms.length && scans.push({ pattern: triePattern(forms), when, ...(rare && { rare }) });
  add(groups.latin, startKeys(groups.latin, LATIN_KEY_CHARS), false);
  add(groups.cyrillic, '[\\u0400-\\u052f]', false);
  const lower = lowerKeys(groups.lower);
  if (groups.lower.length)
    scans.push({
      pattern: triePattern(groups.lower),
      when: lower.when,
      rare: true,
      ...(lower.atStart && { whenAtStart: lower.atStart }),
    });
  const capsKeys = (caps: string[]) =>
    triePattern(new Set(caps.map((f) => firstChars(f.split(' ')[0]!, CAPS_KEY_CHARS))));
  add(groups.latinCaps, capsKeys(groups.latinCaps), true);
  add(groups.cyrillicCaps, capsKeys(groups.cyrillicCaps), true);
  return scans;
}

/**
 * A RegExp source that finds, in any text holding one of `forms`, its first `n` characters; a first word shorter
 * than that only as a whole word ("Sum" is not in "Summit"), followed by a space when more words follow.
 */
function startKeys(forms: readonly string[], n: number): string {
  const long = new Set<string>();
  const lastWord = new Set<string>();
  const firstOfMore = new Set<string>();
  for (const form of forms) {
    const [first, ...rest] = form.split(' ') as [string, ...string[]];
    if ([...first].length > n) long.add(firstChars(first, n));
    else (rest.length ? firstOfMore : lastWord).add(first);
  }
  const parts = [];
  if (long.size) parts.push(triePattern(long));
  // (A test may pass where the scan then finds nothing, never the other way: ASCII letters and digits are word characters.)
  if (lastWord.size) parts.push(`(?:${triePattern(lastWord)})(?![A-Za-z0-9])`);
  if (firstOfMore.size) parts.push(`(?:${triePattern(firstOfMore)})\\s`);
  return parts.join('|');
}

/** The first `n` characters (code points) of `word`. */
function firstChars(word: string, n: number): string {
  return [...word].slice(0, n).join('');
}

/**
 * RegExp sources that find, in any text holding one of `forms`, the start of its last word after whitespace
 * (`when`); a lone lowercase name by more of its letters ("macro" and "зелен" are common), also at the very start
 * of a text (`atStart`). Whitespace first: a key that may start at any lowercase letter slows every text's scan.
 */
function lowerKeys(forms: readonly string[]): { when: string; atStart?: string } {
  const afterSpace = new Set<string>();
  const alone = new Set<string>();
  for (const form of forms) {
    const words = form.split(' ');
    if (words.length > 1) afterSpace.add(firstChars(words.at(-1)!, KEY_CHARS));
    else alone.add(firstChars(form, ALONE_KEY_CHARS));
  }
  const keys = new Set([...afterSpace, ...alone]);
  return {
    when: keys.size ? `\\s(?:${triePattern(keys)})` : '(?!)',
    ...(alone.size && { atStart: triePattern(alone) }),
  };
}

/**
 * Compiles the alias tables into plain JSON: the candidate pattern, the form → meaning table, titles and rules.
 * Costs tens of milliseconds (cold), so the build should run it ahead of time and ship the JSON (see createMatcherFromCompiled).
 */
export function compileTables(options: { languages?: readonly Language[]; tables?: AliasTables } = {}): CompiledTables {
  const languages = [...(options.languages ?? LANGUAGES)];
  const tables = options.tables ?? ALIAS_TABLES;
  const forms = new Map<string, Map<string, FormRef>>();
  const rules: Record<string, ActorRules> = {};
  /** Forms as some alias or its case variants write them (the rest are only their ALL-CAPS variants). */
  const written = new Set<string>();
  for (const actor of tables.actors) {
    rules[actor.id] = rulesOf(actor);
    const lowercaseNot = new Set(actor.lowercaseNot ?? []);
    for (const f of actorForms(actor, languages)) {
      const bit = 1 << LANGUAGES.indexOf(f.lang);
      const variants = caseVariants(f, lowercaseNot);
      for (const v of variants) written.add(v);
      for (const text of [...variants, f.text.toUpperCase()]) {
        let refs = forms.get(text);
        if (!refs) forms.set(text, (refs = new Map()));
        const key = `${f.actorId}|${f.flags}`;
        const ref = refs.get(key);
        if (ref) ref[2] |= bit;
        else refs.set(key, [f.actorId, f.flags, bit]);
      }
    }
  }
  const titles = titleForms(tables, languages);
  const withCaps = (xs: string[]): string[] => [...new Set(xs.flatMap((x) => [x, x.toUpperCase()]))];
  return {
    version: 1,
    languages,
    candidates: candidateScans(forms.keys(), (form) => !written.has(form)),
    titles: { pre: withCaps(titles.pre), head: withCaps(titles.head) },
    forms: Object.fromEntries([...forms].map(([text, refs]) => [text, [...refs.values()]])),
    rules,
    namesakes: mergeNamesakes(tables),
  };
}

/** Every language's namesake words, merged (a club or a brand keeps its name across languages). */
function mergeNamesakes(tables: AliasTables): CompiledNamesakes {
  const out: CompiledNamesakes = {
    next: [],
    nextModifiers: [],
    hyphenNext: [],
    hyphenPrev: [],
    prev: [],
    head: [],
    joiners: [],
    given: [],
    region: [],
    idioms: [],
  };
  for (const words of Object.values(tables.namesakes ?? {})) {
    for (const key of Object.keys(out) as (keyof CompiledNamesakes)[]) out[key].push(...(words?.[key] ?? []));
  }
  for (const key of Object.keys(out) as (keyof CompiledNamesakes)[]) out[key] = [...new Set(out[key])];
  return out;
}
