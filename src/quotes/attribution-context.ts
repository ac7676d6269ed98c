/**
 * The words and names around one quotation, and the tests attribute.ts asks of them: is a name the quotation's
 * speaker by adjacency, by a verb of saying near it, by a pronoun, or as its sentence's subject; and is it a
 * possessive, a qualifier of another name, a publication or the one spoken to (then it is no speaker).
 */
import actorsJson from '../../assets/article/actors.json';
import type { Mention } from '../match';
import {
  ACCORDING_WORDS,
  LINK_WORDS,
  MEDIUM_WORDS,
  PRONOUN_WORDS,
  RECIPIENT_MARKERS,
  SPEECH_WORDS,
} from './speech-words';
import { isWordChar, type Word } from './words';

export const ACTOR_KIND = new Map(actorsJson.map((a) => [a.id, a.kind]));
const ARTICLES = new Set(['the', 'la', 'le', "l'", 'el', 'der', 'die', 'das', 'dem', 'den', 'des', 'los', 'las']);
/** Quotation marks of every convention (single ones are told from apostrophes where they are used). */
const QUOTE_MARKS = '"“”„‟«»‹›「」『』‘’‚\'';
const CONJUNCTIONS = new Set([
  'and',
  'or',
  'und',
  'oder',
  'et',
  'ou',
  'y',
  'o',
  'i',
  'lub',
  'albo',
  'і',
  'та',
  'чи',
  'и',
  'или',
]);
/** Words a link may hold between a quotation and its speaker. */
const MAX_GAP_WORDS = 4;

/** The words and names around one quotation, and the tests on them. */
export class Context {
  private readonly position: Map<Word, number>;

  constructor(
    private readonly s: string,
    private readonly words: readonly Word[],
    private readonly mentions: readonly Mention[],
  ) {
    this.position = new Map(words.map((w, i) => [w, i]));
  }

  /** A verb of saying, or the idiom "put it" ("as the BBC put it"). */
  private isSpeech(w: Word): boolean {
    if (SPEECH_WORDS.has(w.w)) return true;
    return w.w === 'put' && this.words[(this.position.get(w) ?? -2) + 1]?.w === 'it';
  }

  /** True when another quotation (a pair of quotation marks) stands between offsets a < b: its speaker is not ours. */
  otherQuotationBetween(a: number, b: number): boolean {
    let marks = 0;
    for (let i = a; i < b; i++) {
      const ch = this.s[i]!;
      if (!QUOTE_MARKS.includes(ch)) continue;
      // ’ and ' between letters are apostrophes
      if ((ch === '’' || ch === "'") && isWordChar(this.s, i - 1) && isWordChar(this.s, i + 1)) continue;
      if (++marks >= 2) return true;
    }
    return false;
  }

  /** The text between a name and the quotation (whichever comes first). */
  private separated(m: Mention, start: number, end: number): boolean {
    return m.end <= start ? this.otherQuotationBetween(m.end, start) : this.otherQuotationBetween(end, m.start);
  }

  /** Words wholly inside [from, to). */
  private wordsBetween(from: number, to: number): Word[] {
    return this.words.filter((w) => w.start >= from && w.end <= to);
  }

  /** The normalised word before `i` (skipping articles), if any. */
  private wordBefore(i: number, skipArticles = true): Word | undefined {
    for (let k = this.words.length - 1; k >= 0; k--) {
      const w = this.words[k]!;
      if (w.end > i) continue;
      if (skipArticles && ARTICLES.has(w.w)) continue;
      return w;
    }
    return undefined;
  }

  private isPossessive(m: Mention): boolean {
    return /^(?:['’]s?)(?![\p{L}\p{N}])/u.test(this.s.slice(m.end, m.end + 3));
  }

  /**
   * A name qualifying the next ("Zelenskyy adviser Mykhailo Podolyak"): another person follows within two
   * words that are neither punctuation nor words of saying, linking or joining ("Lavrov told Putin", "Putin and Xi").
   */
  private qualifies(m: Mention): boolean {
    const next = this.mentions.find((n) => n.start >= m.end);
    if (!next || ACTOR_KIND.get(next.actorId) !== 'person') return false;
    if (!/^[\s\p{L}]*$/u.test(this.s.slice(m.end, next.start))) return false;
    const between = this.wordsBetween(m.end, next.start);
    return (
      between.length <= 2 &&
      between.every(
        (w) => !SPEECH_WORDS.has(w.w) && !LINK_WORDS.has(w.w) && !RECIPIENT_MARKERS.has(w.w) && !CONJUNCTIONS.has(w.w),
      )
    );
  }

  /** A publication ("on X", "в X") or the one spoken to ("told the BBC", "à Lavrov"). */
  private isObject(m: Mention): boolean {
    const prev = this.wordBefore(m.start);
    if (!prev) return false;
    if (RECIPIENT_MARKERS.has(prev.w)) {
      const before = this.wordBefore(prev.start, false);
      return !(before && ACCORDING_WORDS.has(before.w));
    }
    return ACTOR_KIND.get(m.actorId) !== 'person' && MEDIUM_WORDS.has(prev.w);
  }

  /** Whether a name can be credited with speaking at all. */
  canSpeak(m: Mention): boolean {
    return !this.isPossessive(m) && !this.qualifies(m) && !this.isObject(m);
  }

  /** Words of a link, skipping names of publications in it ("wrote on X:"). */
  private linkWords(from: number, to: number): Word[] | undefined {
    const inside = this.mentions.filter((m) => m.start >= from && m.end <= to);
    if (inside.some((m) => !this.isObject(m))) return undefined;
    return this.wordsBetween(from, to).filter((w) => !inside.some((m) => w.start >= m.start && w.end <= m.end));
  }

  private isLink(ws: readonly Word[]): boolean {
    return ws.length <= MAX_GAP_WORDS && ws.every((w) => this.isSpeech(w) || LINK_WORDS.has(w.w));
  }

  /** Step 1: only a verb of saying, a colon or a dash, or "according to" links the name and the quotation. */
  adjacent(m: Mention, start: number, end: number): boolean {
    if (m.end <= start) {
      const gapText = this.s.slice(m.end, start);
      const gap = this.linkWords(m.end, start);
      if (!gap || /[.!?]\s/.test(gapText)) return false;
      if (gap.length === 0) {
        if (/^\s*(?:[:：]|[,:]?\s*[—–-])\s*$/u.test(gapText)) return true;
        const prev = this.wordBefore(m.start, false);
        const prev2 = prev && this.wordBefore(prev.start, false);
        return (
          /^\s*,?\s*$/.test(gapText) &&
          !!(prev && (ACCORDING_WORDS.has(prev.w) || (prev2 && ACCORDING_WORDS.has(prev2.w))))
        );
      }
      // "Lavrov put it bluntly: “…”", "Podolyak was blunt: “…”": a few words and a colon introduce the quotation.
      if (/[:：]\s*$/u.test(gapText) && gap.length <= MAX_GAP_WORDS) return true;
      return this.isLink(gap) && gap.some((w) => this.isSpeech(w));
    }
    const gap = this.linkWords(end, m.start);
    if (!gap || !this.isLink(gap)) return false;
    if (gap.some((w) => this.isSpeech(w))) return true;
    // “…,” Lavrov said / „…“, so Lawrow zufolge: the verb follows the name.
    const after = this.words.filter((w) => w.start >= m.end).slice(0, 2);
    return after.some((w) => this.isSpeech(w));
  }

  /** Step 3: a verb of saying within three words of the name, on the quotation's side of it. */
  verbNear(m: Mention, start: number, end: number): boolean {
    const idx = this.words.findIndex((w) => w.start >= m.start);
    if (idx < 0) return false;
    const inName = this.words.filter((w) => w.start >= m.start && w.end <= m.end).length;
    const near = [...this.words.slice(Math.max(0, idx - 3), idx), ...this.words.slice(idx + inName, idx + inName + 3)];
    return !this.separated(m, start, end) && near.some((w) => this.isSpeech(w) && (w.end <= start || w.start >= end));
  }

  /** Step 2: "…,” he said / a-t-il déclaré / he said: “…” / “…”, dijo. — the nearest person named before the pronoun. */
  pronounSpeaker(start: number, end: number, floor: number): Mention | undefined {
    const after = this.wordsBetween(end, this.s.length).slice(0, 4);
    const before = this.wordsBetween(floor, start).slice(-3);
    let at = -1;
    const speechAfter = after.findIndex((w) => this.isSpeech(w));
    const pronounAfter = after.findIndex((w) => PRONOUN_WORDS.has(w.w));
    if (speechAfter >= 0 && this.isLink(after.slice(0, speechAfter + 1).filter((w) => !PRONOUN_WORDS.has(w.w)))) {
      const restAfterVerb = after[speechAfter + 1];
      const endsThere = !restAfterVerb || /[.!?\n]/.test(this.s.slice(after[speechAfter]!.end, restAfterVerb.start));
      if (pronounAfter >= 0 && pronounAfter <= speechAfter + 1) at = after[pronounAfter]!.start;
      else if (endsThere && !this.mentions.some((m) => m.start >= end && m.start < (restAfterVerb?.start ?? Infinity)))
        at = start; // a verb with no subject written ("…”, dijo.)
    }
    if (at < 0) {
      const p = before.findIndex((w) => PRONOUN_WORDS.has(w.w));
      if (p >= 0 && this.isLink(before.slice(p + 1)) && before.slice(p + 1).some((w) => this.isSpeech(w)))
        at = before[p]!.start;
    }
    if (at < 0) return undefined;
    const persons = this.mentions.filter(
      (m) => m.end <= at && m.start >= floor && ACTOR_KIND.get(m.actorId) === 'person',
    );
    return persons.filter((m) => !this.qualifies(m)).at(-1);
  }

  /** Step 4: the first person named before the quotation in its sentence, no other quotation between. */
  subject(bounds: { before: number; from: number; to: number }, start: number): Mention | undefined {
    const first = this.words.find((w) => w.start >= bounds.from);
    const pronoun = !!first && PRONOUN_WORDS.has(first.w);
    const from = pronoun ? bounds.before : bounds.from;
    const to = pronoun ? bounds.from : start;
    return this.mentions.find(
      (m) =>
        m.start >= from &&
        m.end <= to &&
        ACTOR_KIND.get(m.actorId) === 'person' &&
        this.canSpeak(m) &&
        !this.otherQuotationBetween(m.end, start),
    );
  }
}
