import aliasJson from '../../assets/article/aliases.json';
import { FLAG, LANGS, type ActorRules, type AliasTables, type CompiledTables, type FormRef, type Lang } from './types';
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
function caseVariants(f: SurfaceForm): string[] {
  const out = [f.text, f.text.toUpperCase()];
  if (f.text !== capFirst(f.text)) out.push(capFirst(f.text));
  if (f.flags & FLAG.PERSON && f.text.includes(' ')) out.push(f.text.toLowerCase());
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
      r.prevRequiredMask |= 1 << LANGS.indexOf(lang as Lang);
    }
  }
  if (actor.nextNotCapitalized) r.nextNotCapitalized = true;
  if (actor.guard) r.guard = actor.guard;
  return r;
}

/** How many characters of a form's longest word the gate looks for. */
const GATE_PREFIX = 6;

/**
 * The gate's two lists: the first GATE_PREFIX characters of each form's longest word (`prefixes`), or the
 * whole word when it is no longer than that (`words`, which must end there: Polish "Sum" is not "Summit").
 */
export function gateParts(forms: Iterable<string>): { prefixes: Set<string>; words: Set<string> } {
  const prefixes = new Set<string>();
  const words = new Set<string>();
  for (const form of forms) {
    const longest = [...form.split(/\s+/).reduce((a, b) => ([...b].length > [...a].length ? b : a), '')];
    if (longest.length > GATE_PREFIX) prefixes.add(longest.slice(0, GATE_PREFIX).join(''));
    else words.add(longest.join(''));
  }
  return { prefixes, words };
}

/** The gate's RegExp source (flags "gu"; the caller checks the word start). */
export function gatePattern(forms: Iterable<string>): string {
  const { prefixes, words } = gateParts(forms);
  return `${triePattern(prefixes)}|(?:${triePattern(words)})(?![\\p{L}\\p{N}\\p{M}])`;
}

/**
 * Compiles the alias tables into plain JSON: the candidate pattern, the form → meaning table, titles and rules.
 * Costs tens of milliseconds (cold), so the build should run it ahead of time and ship the JSON (see createMatcherFromCompiled).
 */
export function compileTables(
  options: { languages?: readonly Lang[]; tables?: AliasTables } = {},
): CompiledTables {
  const languages = [...(options.languages ?? LANGS)];
  const tables = options.tables ?? ALIAS_TABLES;
  const forms = new Map<string, Map<string, FormRef>>();
  const rules: Record<string, ActorRules> = {};
  for (const actor of tables.actors) {
    rules[actor.id] = rulesOf(actor);
    for (const f of actorForms(actor, languages)) {
      const bit = 1 << LANGS.indexOf(f.lang);
      for (const text of caseVariants(f)) {
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
    pattern: triePattern(forms.keys()),
    gate: gatePattern(forms.keys()),
    titles: { pre: withCaps(titles.pre), head: withCaps(titles.head) },
    forms: Object.fromEntries([...forms].map(([text, refs]) => [text, [...refs.values()]])),
    rules,
  };
}
