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
import { bisect } from '../shared/bisect';
import { sentencesAround } from './sentences';
import type { Attribution } from './types';
import { wordsIn } from './words';
import { ACTOR_KIND, Context } from './attribution-context';

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
  const speakers = mentions.filter((m) => ACTOR_KIND.get(m.actorId) !== 'place' && ctx.canSpeak(m));
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
  const person = (c: Candidate): number => (ACTOR_KIND.get(c.m.actorId) === 'person' ? 0 : 1);
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
  const lo = bisect(mentions, (m) => m.start >= from);
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < to; i++)
    if (mentions[i]!.end <= to) out.push(mentions[i]!);
  return out;
}
