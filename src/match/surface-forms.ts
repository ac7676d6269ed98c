import { FLAG, LANGUAGES, type ActorAliases, type AliasTables, type Language, type PersonNames } from './types';
import { inflect, slotCount } from './paradigms';

/** One generated surface form before case variants and de-duplication. */
export interface SurfaceForm {
  text: string;
  actorId: string;
  lang: Language;
  flags: number;
  /** Also matched in lowercase (a name marked `+`: no common word competes, "zelensky" in a comment). */
  lowercase?: boolean;
}

interface ParsedWord {
  word: string;
  marks: string;
  paradigm?: string;
  oblique?: string;
}

const NAME_SYNTAX = /^(.*?)([!^%?+]*)(?:~([\w-]+)(?:>(.+))?)?$/u;

/** Splits "Київ~m>Києв" into word, markers, paradigm and oblique stem. */
function parseWord(spec: string): ParsedWord {
  const m = NAME_SYNTAX.exec(spec);
  if (!m || !m[1]) throw new Error(`bad alias "${spec}"`);
  return { word: m[1], marks: m[2] ?? '', paradigm: m[3], oblique: m[4] };
}

function flagsOf(marks: string): number {
  return (
    (marks.includes('!') ? FLAG.GATED : 0) |
    (marks.includes('^') ? FLAG.NOT_INITIAL : 0) |
    (marks.includes('%') ? FLAG.NOT_IN_CAPS : 0) |
    (marks.includes('?') ? FLAG.COMMON : 0)
  );
}

/** Inflects a multi-word name slot by slot; slot 0 is the nominative, the rest are "inflected". */
function phraseSlots(words: ParsedWord[], lang: Language): string[][] {
  const n = slotCount(lang);
  const per = words.map((w) => inflect(w.word, lang, w.paradigm, w.oblique));
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    let acc = [''];
    for (const forms of per) {
      const slot = forms[i] ?? forms[0] ?? [];
      acc = acc.flatMap((a) => slot.map((f) => (a ? `${a} ${f}` : f)));
    }
    out.push(acc);
  }
  return out;
}

/** Forms of one phrase: nominatives keep the phrase's flags; other cases in Latin script need their language's context. */
function phraseForms(spec: string, lang: Language, actorId: string, baseFlags: number, out: SurfaceForm[]): void {
  const words = spec.split(' ').map(parseWord);
  const flags = words.reduce((f, w) => f | flagsOf(w.marks), baseFlags);
  const lowercase = words.length === 1 && words[0]!.marks.includes('+');
  const slots = phraseSlots(words, lang);
  const nominatives = new Set(slots[0]);
  for (const slot of slots) {
    for (const text of slot) {
      const inflectedLatin = !nominatives.has(text) && !/\p{Script=Cyrillic}/u.test(text);
      out.push({
        text,
        actorId,
        lang,
        flags: flags | (inflectedLatin ? FLAG.GATED : 0),
        ...(lowercase && { lowercase }),
      });
    }
  }
}

function isPerson(names: string[] | PersonNames): names is PersonNames {
  return !Array.isArray(names);
}

/** Every surface form of one actor in the given languages (case variants are added by the compiler). */
export function actorForms(actor: ActorAliases, languages: readonly Language[]): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  for (const lang of languages) {
    const names = actor.names[lang];
    if (!names) continue;
    if (!isPerson(names)) {
      const base = actor.kind === 'media' ? 0 : FLAG.PLACE;
      for (const spec of names) phraseForms(spec, lang, actor.id, base, out);
      continue;
    }
    const P = FLAG.PERSON;
    for (const s of names.surname) {
      phraseForms(s, lang, actor.id, P, out);
      for (const g of names.given ?? []) {
        // the combination is unambiguous: markers such as "Poutine!" apply to the surname alone
        const bare = s.replace(/[!^%?+]+(?=~|$)/u, '');
        phraseForms(`${g} ${bare}`, lang, actor.id, P, out);
        for (const mid of names.middle ?? []) phraseForms(`${g} ${mid} ${bare}`, lang, actor.id, P, out);
      }
    }
  }
  return out;
}

/** The title phrases of the given languages, with their case forms ("президента", "prezydentem"). */
export function titleForms(tables: AliasTables, languages: readonly Language[]): { pre: string[]; head: string[] } {
  const pre = new Set<string>();
  const head = new Set<string>();
  for (const lang of languages) {
    const t = tables.titles[lang];
    if (!t) continue;
    for (const p of t.pre) pre.add(p);
    for (const h of t.head) {
      const words = h.split(' ').map(parseWord);
      for (const slot of phraseSlots(words, lang)) for (const f of slot) head.add(f);
    }
  }
  return { pre: [...pre], head: [...head] };
}

/** Nominative names of an actor in every language: canonical, surname, given + surname ("Selenskyj", "Зеленський"). */
export function nominativeNames(actor: ActorAliases): string[] {
  const out = new Set<string>();
  for (const lang of LANGUAGES) {
    const names = actor.names[lang];
    if (!names) continue;
    const clean = (spec: string): string =>
      spec
        .split(' ')
        .map((w) => parseWord(w).word)
        .join(' ');
    if (!isPerson(names)) {
      for (const n of names) out.add(clean(n));
      continue;
    }
    for (const s of names.surname) {
      out.add(clean(s));
      for (const g of names.given ?? []) out.add(`${clean(g)} ${clean(s)}`);
    }
  }
  return [...out];
}
