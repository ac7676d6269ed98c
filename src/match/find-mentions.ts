/**
 * The mention engine's entry: the candidate scans over a text (one shared pass for their rare `when`s, then each
 * scan's pattern where it may match), merged by position; meaning.ts decides which meaning of each candidate counts.
 * The matcher factories load the compiled tables only when a text first holds a candidate.
 */
import { FLAG, type CandidateScan, type CompiledTables, type Language, type Matcher, type Mention } from './types';
import { compileTables, ALIAS_TABLES } from './compile-tables';
import { wordCharBefore } from './context';
import { stripIgnorables } from './ignorables';
import { prepareNamesakes } from './namesakes';
import { prepareRules } from './actor-rules';
import { WORD_RANGES } from './word-class';
import { nominativeNames } from './surface-forms';
import { capitalProvesNothing, choose, keepProven, titleStart, type LangCache, type Runtime } from './meaning';

export type { Language, Mention, Matcher } from './types';

/** Not followed by a letter, digit or mark (ranges, not `\p{…}`: see word-class.ts). */
const AFTER_NAME = `(?![${WORD_RANGES}])`;

/** A candidate scan, ready to run; its RegExp is made when first needed (parsing a pattern costs about 0.5 ms). */
interface Scan {
  pattern: string;
  re: RegExp | undefined;
  /** Its own test, for a `when` that is not rare (it stops at its first hit). */
  alone: RegExp | undefined;
  /** Its group in the shared test, or -1. */
  group: number;
  /** Its test at the start of a text, for keys the shared test finds only after whitespace. */
  atStart: RegExp | undefined;
}

/** The scans, and one RegExp that looks for all their rare `when`s in a single pass over a text. */
interface Scans {
  list: Scan[];
  shared: RegExp | undefined;
  groups: number;
}

function prepareScans(candidates: readonly CandidateScan[]): Scans {
  // The rare tests, one group each; those that start with whitespace (the lowercase keys) last: V8 rejects a position
  // about 15 % sooner with the tests that start with a letter first. They never match at the same place, so the
  // order changes no hit.
  const rare = candidates.filter((c) => c.when !== undefined && c.rare);
  const spaced = (c: CandidateScan) => c.when!.startsWith('\\s');
  const shared = [...rare.filter((c) => !spaced(c)), ...rare.filter(spaced)];
  const list = candidates.map((c): Scan => ({
    pattern: c.pattern,
    re: undefined,
    alone: c.when !== undefined && !c.rare ? new RegExp(c.when) : undefined,
    group: shared.indexOf(c),
    atStart: c.whenAtStart ? new RegExp(`^(?:${c.whenAtStart})`) : undefined,
  }));
  return {
    list,
    shared: shared.length ? new RegExp(shared.map((c) => `(${c.when})`).join('|'), 'g') : undefined,
    groups: shared.length,
  };
}

/** Which groups of the shared test occur in `s` (one pass, stopping once all have). */
function sharedHits(s: string, scans: Scans): boolean[] {
  const hit: boolean[] = new Array(scans.groups).fill(false);
  const re = scans.shared;
  if (!re) return hit;
  let left = scans.groups;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let g = 0;
    while (m[g + 1] === undefined) g++;
    if (!hit[g]) {
      hit[g] = true;
      if (--left === 0) break;
    }
    re.lastIndex = m.index + 1;
  }
  return hit;
}

/**
 * The mentions in `s`: candidates from every scan whose `when` holds, merged by position (the same
 * candidates, in the same order, as one pattern of all forms would give), then checked against the rules.
 * The tables (`runtime`) are loaded only when there is a first candidate.
 */
function scan(s: string, scans: Scans, runtime: () => Runtime): Mention[] {
  const res: RegExp[] = [];
  const next: (RegExpExecArray | null)[] = [];
  const hit = sharedHits(s, scans);
  for (const candidates of scans.list) {
    if (
      candidates.alone
        ? !candidates.alone.test(s)
        : candidates.group >= 0 && !hit[candidates.group] && !candidates.atStart?.test(s)
    )
      continue;
    const re = (candidates.re ??= new RegExp(`(?:${candidates.pattern})${AFTER_NAME}`, 'gu'));
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m) {
      res.push(re);
      next.push(m);
    }
  }
  if (!res.length) return [];
  const tables = runtime();
  const out: Mention[] = [];
  /** Mentions of names that are also common words, written where a capital proves nothing (by index in `out`). */
  let unproven: number[] | undefined;
  const cache: LangCache = new Map();
  let lastEnd = 0;
  for (;;) {
    let k = -1;
    for (let i = 0; i < next.length; i++) {
      const m = next[i];
      if (!m) continue;
      // The first candidate, and at one place the longest ("EU-KOMMISSION", not "EU"), as one pattern would.
      if (k < 0 || m.index < next[k]!.index || (m.index === next[k]!.index && m[0].length > next[k]![0].length)) k = i;
    }
    if (k < 0) break;
    const m = next[k]!;
    const start = m.index;
    const end = start + m[0].length;
    let resume = start + 1;
    if (!wordCharBefore(s, start)) {
      // Forms are stored with single spaces; most candidates already are.
      let raw = m[0];
      let refs = Object.hasOwn(tables.forms, raw) ? tables.forms[raw] : undefined;
      if (!refs && /[^\S ]| {2}/.test(raw)) {
        raw = raw.replace(/\s+/g, ' ');
        refs = Object.hasOwn(tables.forms, raw) ? tables.forms[raw] : undefined;
      }
      const ref = refs && choose(s, start, end, raw, refs, tables, cache);
      if (ref) {
        const from = ref[1] & FLAG.PERSON ? titleStart(s, start, lastEnd, tables) : start;
        if (ref[1] & FLAG.COMMON && capitalProvesNothing(s, start, raw, ref, cache)) (unproven ??= []).push(out.length);
        out.push({ start: from, end, actorId: ref[0] });
        lastEnd = resume = end;
      }
    }
    for (let i = 0; i < next.length; i++) {
      if (next[i] && next[i]!.index < resume) {
        res[i]!.lastIndex = resume;
        next[i] = res[i]!.exec(s);
      }
    }
  }
  return unproven ? keepProven(out, unproven) : out;
}

/** A matcher from tables compiled ahead of time by compileTables() (e.g. at build time, shipped as JSON). */
export function createMatcherFromCompiled(compiled: CompiledTables): Matcher {
  return createLazyMatcher(compiled.candidates, () => compiled);
}

/**
 * A matcher that runs the candidate scans itself and loads the rest of the tables (for the content script:
 * parses them from their JSON) only when a text first holds a candidate: a page without any possible
 * mention never pays for them.
 */
export function createLazyMatcher(candidates: readonly CandidateScan[], load: () => CompiledTables): Matcher {
  let tables: Runtime | undefined;
  const runtime = (): Runtime => {
    if (tables) return tables;
    const compiled = load();
    return (tables = {
      heads: new Set(compiled.titles.head),
      pres: new Set(compiled.titles.pre),
      maxTitleWords: Math.max(1, ...compiled.titles.head.map((h) => h.split(' ').length)),
      forms: compiled.forms,
      rules: prepareRules(compiled.rules),
      titleEnds: new Set(compiled.titles.head.map((h) => h.slice(h.lastIndexOf(' ') + 1))),
      namesakes: prepareNamesakes(compiled.namesakes),
    });
  };
  let scans: Scans | undefined;
  return {
    findMentions(text: string): Mention[] {
      const { text: s, offsets } = stripIgnorables(text);
      const found = scan(s, (scans ??= prepareScans(candidates)), runtime);
      if (!offsets) return found;
      return found.map((x) => ({ start: offsets[x.start]!, end: offsets[x.end - 1]! + 1, actorId: x.actorId }));
    },
  };
}

const matchers = new Map<string, Matcher>();

/**
 * A matcher for the given languages (default: all seven), compiled from the bundled alias tables on first use
 * (tens of ms cold) and memoised per language set; ship precompiled tables to skip that (createMatcherFromCompiled).
 */
export function createMatcher(options: { languages?: readonly Language[] } = {}): Matcher {
  const key = options.languages ? [...new Set(options.languages)].sort().join(',') : '*';
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = createMatcherFromCompiled(compileTables(options))));
  return m;
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
