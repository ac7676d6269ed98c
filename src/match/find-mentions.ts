import { FLAG, type ActorRules, type CompiledTables, type FormRef, type Lang, type Matcher, type Mention } from './types';
import { compileTables, ALIAS_TABLES } from './compile-tables';
import { contextLanguage, isAllCaps, langBit, nextWord, prevWord, sentenceInitial, wordCharBefore } from './context';
import { stripIgnorables } from './ignorables';
import { nominativeNames } from './surface-forms';

export type { Lang, Mention, Matcher } from './types';

const JUNIOR = /^,?[^\S\n]*(?:Jr|Sr|Jnr|Junior|JR|SR)(?![\p{L}])/u;
/** "en-US", "es-US": a locale tag, not the country. */
const LOCALE_TAG = /[a-z]-$/;
const AFTER_NAME = '(?![\\p{L}\\p{N}\\p{M}])';

interface Runtime {
  re: RegExp;
  titleRe: RegExp;
  forms: Map<string, FormRef[]>;
  rules: Record<string, ActorRules>;
}

/** True when `word` (or `word` without trailing punctuation, "Post." → "Post") is in `list`, as written or in capitals. */
function sameWord(word: string | undefined, list: readonly string[] | undefined): boolean {
  if (!word || !list) return false;
  const bare = word.replace(/[.'’]+$/u, '');
  return list.some((w) => w === word || w === bare || w.toUpperCase() === word || w.toUpperCase() === bare);
}

/** Whether one meaning of a candidate survives the precision rules at this place in the text. */
function passes(s: string, start: number, end: number, raw: string, ref: FormRef, ctx: Lang | undefined, rt: Runtime): boolean {
  const [actorId, flags, mask] = ref;
  // no telltale words around (a headline in capitals): give the form the benefit of the doubt
  if (flags & FLAG.GATED && ctx && !(mask & langBit(ctx))) return false;
  if (flags & FLAG.NOT_INITIAL && ctx && mask & langBit(ctx) && sentenceInitial(s, start)) return false;
  const prev = prevWord(s, start);
  const next = nextWord(s, end);
  if (flags & FLAG.NOT_IN_CAPS && (isAllCaps(prev) || isAllCaps(next) || LOCALE_TAG.test(s.slice(start - 2, start)))) return false;
  if (flags & FLAG.PERSON && JUNIOR.test(s.slice(end, end + 12))) return false;
  const r = rt.rules[actorId];
  if (!r) return true;
  if (sameWord(prev, r.prevNot) || sameWord(next, r.nextNot)) return false;
  if (r.prevRequired && mask & (r.prevRequiredMask ?? 0) && !(prev && r.prevRequired.includes(prev.toLowerCase()))) return false;
  if (r.nextNotCapitalized && next && /^\p{Lu}/u.test(next)) return false;
  const g = r.guard?.[raw];
  if (g) {
    const ok =
      (g.prevChars?.includes(s[start - 1] ?? '\0') ?? false) ||
      (g.nextChars?.includes(s[end] ?? '\0') ?? false) ||
      sameWord(prev, g.prevWords) ||
      sameWord(next, g.nextWords);
    if (!ok) return false;
  }
  return true;
}

/** Picks the meaning of a candidate; when the context's language has its own meaning, only that one counts. */
function choose(s: string, start: number, end: number, raw: string, refs: FormRef[], rt: Runtime): FormRef | undefined {
  let ctx: Lang | undefined;
  let pool = refs;
  if (refs.some((r) => r[1] & (FLAG.GATED | FLAG.NOT_INITIAL))) {
    ctx = contextLanguage(s, start);
    const bit = ctx ? langBit(ctx) : 0;
    const own = refs.filter((r) => r[2] & bit);
    if (own.length) pool = own;
  }
  return pool.find((r) => passes(s, start, end, raw, r, ctx, rt));
}

/** Start of a title ("President", "Russian President", "президента") right before a person's name, else `start`. */
function titleStart(s: string, start: number, floor: number, rt: Runtime): number {
  const from = Math.max(floor, start - 64);
  const m = rt.titleRe.exec(s.slice(from, start));
  if (!m || (m.index === 0 && wordCharBefore(s, from))) return start;
  return from + m.index;
}

function scan(s: string, rt: Runtime): Mention[] {
  const out: Mention[] = [];
  const re = rt.re;
  let lastEnd = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (wordCharBefore(s, start)) {
      re.lastIndex = start + 1;
      continue;
    }
    const raw = m[0].replace(/\s+/g, ' ');
    const refs = rt.forms.get(raw);
    const ref = refs && choose(s, start, end, raw, refs, rt);
    if (!ref) {
      re.lastIndex = start + 1;
      continue;
    }
    const from = ref[1] & FLAG.PERSON ? titleStart(s, start, lastEnd, rt) : start;
    out.push({ start: from, end, actorId: ref[0] });
    lastEnd = end;
  }
  return out;
}

/** A matcher from tables compiled ahead of time by compileTables() (e.g. at build time, shipped as JSON). */
export function createMatcherFromCompiled(compiled: CompiledTables): Matcher {
  const rt: Runtime = {
    re: new RegExp(`(?:${compiled.pattern})${AFTER_NAME}`, 'gu'),
    titleRe: new RegExp(compiled.titlePattern, 'u'),
    forms: new Map(Object.entries(compiled.forms)),
    rules: compiled.rules,
  };
  return {
    findMentions(text: string): Mention[] {
      const { text: s, offsets } = stripIgnorables(text);
      const found = scan(s, rt);
      if (!offsets) return found;
      return found.map((x) => ({ start: offsets[x.start]!, end: offsets[x.end - 1]! + 1, actorId: x.actorId }));
    },
  };
}

/** A matcher for the given languages (default: all seven), compiled from the bundled alias tables. */
export function createMatcher(options: { languages?: readonly Lang[] } = {}): Matcher {
  return createMatcherFromCompiled(compileTables(options));
}

let defaultMatcher: Matcher | undefined;

/** Mentions of the article's actors in `text`, in order and non-overlapping, longest first (default matcher, compiled on first use). */
export function findMentions(text: string): Mention[] {
  defaultMatcher ??= createMatcher();
  return defaultMatcher.findMentions(text);
}

/** Every nominative surface name of an actor in every language, for the panel's search ("Selenskyj" finds zelenskyy). */
export function aliasesOf(actorId: string): string[] {
  const actor = ALIAS_TABLES.actors.find((a) => a.id === actorId);
  return actor ? nominativeNames(actor) : [];
}
