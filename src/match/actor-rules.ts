/**
 * The per-actor word rules of aliases.json, applied to a candidate: prevNot ("Melania" Trump), nextNot (Washington
 * "Post"), prevRequired ("the" West), nextNotCapitalized ("the West Bank"), not inside an ALL-CAPS run ("JOIN US"),
 * and the guards of forms that are also common words ("AP", the network "X"). meaning.ts applies the other rules.
 */
import { FLAG, type ActorRules, type FormRef } from './types';
import { isAllCaps, nextWord, nextWordStart, prevWord, prevWordStart } from './context';

/** Punctuation that ends a clause: "posted on X." */
const CLAUSE_END = /^[^\S\n]*(?:[.,;:!?)\]»”"…–—]|\n|$)/u;
/** "en-US", "es-US": a locale tag, not the country. */
const LOCALE_TAG = /[a-z]-$/;

/** True when `word` (or `word` without trailing punctuation, "Post." → "Post") is in `set`. */
function inSet(word: string | undefined, set: Set<string> | undefined): boolean {
  if (!word || !set) return false;
  if (set.has(word)) return true;
  const last = word.charCodeAt(word.length - 1);
  return (last === 46 || last === 39 || last === 0x2019) && set.has(word.replace(/[.'’]+$/u, ''));
}

/** True when the word at `i` (if any) starts with one of these characters. */
function startsIn(s: string, i: number, starts: Set<number> | undefined): boolean {
  return i >= 0 && !!starts?.has(s.charCodeAt(i));
}

/** The first characters (UTF-16 units) of the words in `set`. */
function firstCharacters(set: Set<string> | undefined): Set<number> | undefined {
  return set && new Set([...set].map((w) => w.charCodeAt(0)));
}

/** A word list as a set, with each word also in capitals (headlines). */
function wordSet(list: readonly string[] | undefined): Set<string> | undefined {
  return list?.length ? new Set(list.flatMap((w) => [w, w.toUpperCase()])) : undefined;
}

/** An actor's rules with word lists as sets. */
export interface Rules extends ActorRules {
  prevNotSet?: Set<string>;
  nextNotSet?: Set<string>;
  guardSets?: Record<string, GuardSets>;
  /** True when some rule looks at the words around a candidate (most actors have none). */
  usesWords: boolean;
  /** True when those are only prevNot and nextNot: their words' first characters tell most neighbours apart unread. */
  onlyNot: boolean;
  prevNotStarts?: Set<number>;
  nextNotStarts?: Set<number>;
}

/** A guard's word lists as sets. */
interface GuardSets {
  prev?: Set<string>;
  next?: Set<string>;
  prevChars?: string;
  nextChars?: string;
  nextPattern?: RegExp;
  possessed?: Set<string>;
  weakPrev?: Set<string>;
  post?: Set<string>;
  notNext?: Set<string>;
  hyphen?: Set<string>;
}

/** A word list as a set compared case-insensitively. */
function foldedSet(list: readonly string[] | undefined): Set<string> | undefined {
  return list?.length ? new Set(list.map((w) => w.toLowerCase())) : undefined;
}

/** The actors' rules of the compiled tables, ready for lookups (once per matcher). */
export function prepareRules(rules: Record<string, ActorRules>): Record<string, Rules> {
  const out: Record<string, Rules> = {};
  for (const [id, r] of Object.entries(rules)) {
    const guardSets: Rules['guardSets'] = {};
    for (const [form, g] of Object.entries(r.guard ?? {})) {
      guardSets[form] = {
        prev: wordSet(g.prevWords),
        next: wordSet(g.nextWords),
        prevChars: g.prevChars,
        nextChars: g.nextChars,
        nextPattern: g.nextPattern ? new RegExp(g.nextPattern, 'iuy') : undefined,
        possessed: foldedSet(g.possessedWords),
        weakPrev: foldedSet(g.weakPrevWords),
        post: foldedSet(g.postWords),
        notNext: foldedSet(g.notNextWords),
        hyphen: foldedSet(g.hyphenWords),
      };
    }
    const onlyNot = !(r.prevRequired || r.nextNotCapitalized || r.guard);
    const usesWords = !!(r.prevNot?.length || r.nextNot?.length || !onlyNot);
    const prevNotSet = wordSet(r.prevNot);
    const nextNotSet = wordSet(r.nextNot);
    out[id] = {
      ...r,
      prevNotSet,
      nextNotSet,
      guardSets,
      usesWords,
      onlyNot,
      prevNotStarts: firstCharacters(prevNotSet),
      nextNotStarts: firstCharacters(nextNotSet),
    };
  }
  return out;
}

/**
 * Whether the word rules of an actor (none: `r` undefined) let a candidate of it stand at [start, end). The words
 * around are read only when a rule needs them, and most are told apart from prevNot and nextNot words unread: a
 * word is compared as written, so it is one of them only if it starts with the first character of one.
 */
export function wordRulesHold(
  s: string,
  start: number,
  end: number,
  raw: string,
  [, flags, mask]: FormRef,
  r: Rules | undefined,
): boolean {
  const inCaps = flags & FLAG.NOT_IN_CAPS;
  if (!inCaps) {
    if (!r?.usesWords) return true;
    if (
      r.onlyNot &&
      !startsIn(s, prevWordStart(s, start), r.prevNotStarts) &&
      !startsIn(s, nextWordStart(s, end), r.nextNotStarts)
    )
      return true;
  }
  const prev = prevWord(s, start);
  const next = nextWord(s, end);
  if (inCaps && (isAllCaps(prev) || isAllCaps(next) || LOCALE_TAG.test(s.slice(start - 2, start)))) return false;
  if (!r) return true;
  if (inSet(prev, r.prevNotSet) || inSet(next, r.nextNotSet)) return false;
  if (r.prevRequired && mask & (r.prevRequiredMask ?? 0) && !(prev && r.prevRequired.includes(prev.toLowerCase())))
    return false;
  if (r.nextNotCapitalized && next && next[0] !== next[0]!.toLowerCase()) return false;
  const g = r.guardSets?.[raw];
  if (g && !guardHolds(s, start, end, prev, next, g)) return false;
  return true;
}

/** Whether the context a guarded form needs is there ("posted on X", "X (formerly Twitter)", "X’s owner", "X-Chef"). */
function guardHolds(
  s: string,
  start: number,
  end: number,
  prev: string | undefined,
  next: string | undefined,
  g: GuardSets,
): boolean {
  if (g.hyphen && s[end] === '-') {
    const glued = /^-([\p{L}]+)/u.exec(s.slice(end, end + 40))?.[1];
    return !!glued && g.hyphen.has(glued.toLowerCase());
  }
  if (next && g.notNext?.has(next.toLowerCase())) return false;
  if (
    (g.prevChars?.includes(s[start - 1] ?? '\0') ?? false) ||
    (g.nextChars?.includes(s[end] ?? '\0') ?? false) ||
    inSet(prev, g.prev) ||
    inSet(next, g.next)
  )
    return true;
  if (g.nextPattern) {
    g.nextPattern.lastIndex = end;
    if (g.nextPattern.test(s)) return true;
  }
  if (g.possessed && (s[end] === '’' || s[end] === "'") && s[end + 1] === 's') {
    const owned = nextWord(s, end + 2);
    if (owned && g.possessed.has(owned.toLowerCase())) return true;
  }
  if (g.weakPrev && prev && g.weakPrev.has(prev.toLowerCase())) {
    // "he said on X." or "a post on X that": a preposition alone would also take a variable ("depends on X and Y")
    if (CLAUSE_END.test(s.slice(end, end + 3))) return true;
    const before = prevWordStart(s, start);
    const verb = before < 0 ? undefined : prevWord(s, before);
    if (verb && g.post?.has(verb.toLowerCase())) return true;
  }
  return false;
}
