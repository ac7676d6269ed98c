/**
 * Whom a page credits with a quotation. News prose links a quotation to its speaker in a handful of ways,
 * tried from the tightest to the loosest, and the first that names someone wins:
 *
 * 1. adjacent: only a verb of saying (and small link words) stands between the quotation and a name —
 *    "…,” Lavrov said / said Lavrov / Putin said: “…” / Putin: «…» / according to Zelenskyy, “…” — or a
 *    few words and a colon ("Lavrov put it bluntly: “…”");
 * 2. a pronoun in that place ("…,” he said; Spanish "…”, dijo.): the nearest person named before it;
 * 3. a name with a verb of saying within three words, in the quotation's sentence;
 * 4. the subject: the first person named before the quotation in its sentence, with no other quotation
 *    between them ("while Putin offered “a 100% guarantee”"; a sentence that opens with "He" takes the
 *    previous sentence's subject);
 * 5. a name with a verb of saying within three words in the sentence before or after.
 *
 * Names come from the mention engine; a name inside the quotation, a possessive ("Putin’s spokesman"), a
 * name qualifying another ("Zelenskyy adviser Mykhailo Podolyak"), a publication ("on X") or the one spoken
 * to ("told the BBC") is not a speaker. Places never speak. Within a step the nearest name wins, in the
 * quotation's own sentence first.
 */
import actorsJson from '../../assets/article/actors.json';
import type { Mention } from '../match';
import { sentencesAround } from './sentences';
import {
  ACCORDING_WORDS,
  LINK_WORDS,
  MEDIUM_WORDS,
  PRONOUN_WORDS,
  RECIPIENT_MARKERS,
  SPEECH_WORDS,
} from './speech-words';
import type { Attribution } from './types';
import { isWordChar, wordsIn, type Word } from './words';

const KIND = new Map(actorsJson.map((a) => [a.id, a.kind]));
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

/** The text a quotation's attribution is looked for in: the page text and the quoted passage's bounds. */
export interface AttributionInput {
  text: string;
  /** The quoted passage (with its marks), or the spotted span when it has none. */
  start: number;
  end: number;
  speakerId: string;
  /** Mentions in the text, in order: at least those from the sentence before to the sentence after. */
  mentions: readonly Mention[];
}

interface Candidate {
  m: Mention;
  step: number;
  sameSentence: boolean;
  distance: number;
}

/** The government a person leads (Putin → russia), from the article's relations. */
const LEADS = new Map(
  actorsJson.flatMap((a) => a.relations.filter((r) => r.type === 'president-of').map((r) => [a.id, r.target] as const)),
);
/** What each metonym stands for (the Kremlin, Moscow → russia). */
const STANDS_FOR = new Map(
  actorsJson.flatMap((a) => a.relations.filter((r) => r.type === 'stands-for').map((r) => [a.id, r.target] as const)),
);

/** True when `creditedId` is the government the speaker leads, or a metonym of it ("the Kremlin" for Putin). */
function speakersGovernment(speakerId: string, creditedId: string): boolean {
  const led = LEADS.get(speakerId);
  return !!led && (creditedId === led || STANDS_FOR.get(creditedId) === led);
}

/** Whom the page credits with the quotation at [start, end), compared with the article's speaker. */
export function attribute(input: AttributionInput): Attribution {
  const { text: s, start, end, speakerId } = input;
  const bounds = sentencesAround(s, start, end);
  const words = wordsIn(s, bounds.before, bounds.after);
  const mentions = mentionsWithin(input.mentions, bounds.before, bounds.after).filter(
    (m) => m.end <= start || m.start >= end,
  );
  const ctx = new Context(s, words, mentions);
  const speakers = mentions.filter((m) => KIND.get(m.actorId) !== 'place' && ctx.canSpeak(m));
  const found: Candidate[] = [];
  const add = (m: Mention, step: number): void => {
    found.push({
      m,
      step,
      sameSentence: m.end > bounds.from && m.start < bounds.to,
      distance: m.end <= start ? start - m.end : m.start - end,
    });
  };
  const inSentence = (m: Mention): boolean => m.end > bounds.from && m.start < bounds.to;
  for (const m of speakers) {
    if (ctx.adjacent(m, start, end)) add(m, 1);
    else if (ctx.verbNear(m, start, end)) add(m, inSentence(m) ? 3 : 5);
  }
  const pronoun = ctx.pronounSpeaker(start, end, bounds.before);
  if (pronoun) add(pronoun, 2);
  if (!found.some((c) => c.step <= 3)) {
    const subject = ctx.subject(bounds, start);
    if (subject) add(subject, 4);
  }
  if (!found.length) return { status: 'none', speakerId };
  const person = (c: Candidate): number => (KIND.get(c.m.actorId) === 'person' ? 0 : 1);
  found.sort(
    (a, b) =>
      a.step - b.step ||
      Number(b.sameSentence) - Number(a.sameSentence) ||
      person(a) - person(b) ||
      a.distance - b.distance,
  );
  const best = found[0]!.m;
  const status = best.actorId === speakerId ? 'matches' : 'other';
  return {
    status,
    speakerId,
    creditedId: best.actorId,
    creditedAt: { start: best.start, end: best.end },
    ...(status === 'other' && speakersGovernment(speakerId, best.actorId) && { speakersGovernment: true }),
  };
}

/** The mentions (in order) wholly inside [from, to): a binary search, as a page may hold thousands. */
function mentionsWithin(mentions: readonly Mention[], from: number, to: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < to; i++)
    if (mentions[i]!.end <= to) out.push(mentions[i]!);
  return out;
}

/** The words and names around one quotation, and the tests on them. */
class Context {
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
    if (!next || KIND.get(next.actorId) !== 'person') return false;
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
    return KIND.get(m.actorId) !== 'person' && MEDIUM_WORDS.has(prev.w);
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
    const persons = this.mentions.filter((m) => m.end <= at && m.start >= floor && KIND.get(m.actorId) === 'person');
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
        KIND.get(m.actorId) === 'person' &&
        this.canSpeak(m) &&
        !this.otherQuotationBetween(m.end, start),
    );
  }
}
