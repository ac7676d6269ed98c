/**
 * The scanner's requests to the matcher and what becomes of their answers: each answer is turned into page mentions
 * in slices, dropping the mentions in text the page changed since it was sent (see Requests), or kept as pending
 * spans when the full scan's text is untouched (see MentionStore: the painted window makes the few it needs).
 */
import type { PackedMentions } from '../../match/packed';
import type { MentionStore } from '../mentions/mention-store';
import { toPageMentions, type PageMention } from '../mentions/page-mention';
import type { Slicer } from '../slicer';
import { current } from './dom-trees';
import type { MatchTexts } from './match-client';
import type { Request, Requests } from './requests';
import type { ScanEvents } from './scan-events';
import type { TextChunk } from './text-runs';

/** What the answers report: the scanner's own events, and the progress of each request. */
export interface AnswerEvents extends Pick<ScanEvents, 'added' | 'deferred' | 'changed'> {
  /** An answer's work was queued (whoever waits for the scanner to settle looks again). */
  queued(): void;
  /** A request is finished: applied or failed. */
  settled(): void;
}

type ScanRequest = Request<TextChunk>;

export class Answers {
  /** Mentions answered but not yet added (their answers wait for a slice): the mention cap counts them too. */
  waitingMentions = 0;
  /** True once the mention cap dropped some. */
  capped = false;

  constructor(
    private readonly store: MentionStore,
    private readonly slicer: Slicer,
    private readonly requests: Requests<TextChunk, Node>,
    private readonly events: AnswerEvents,
    /** The most mentions the store takes. */
    private readonly maxMentions: number,
    public match: MatchTexts,
  ) {}

  /** A full scan starts: nothing of the old one is waiting any more. */
  reset(): void {
    this.waitingMentions = 0;
    this.capped = false;
  }

  /**
   * Sends one message per group of chunks (several groups: in slices, as serialising a message costs about a
   * millisecond per 256 KB); the answers are applied together once all have come.
   */
  send(groups: TextChunk[][], full: boolean): void {
    const request = this.requests.open(groups.flat(), full);
    const answers: Promise<PackedMentions>[] = [];
    const sendAll = (timeUp: () => boolean) => {
      if (request.generation !== this.requests.generation) return true;
      while (answers.length < groups.length) {
        answers.push(this.match(groups[answers.length]!.map((c) => c.parts)));
        if (timeUp()) break;
      }
      if (answers.length < groups.length) return false;
      Promise.all(answers).then(
        (packed) =>
          this.apply(
            request,
            packed.flatMap((p) => p.found.map((flat) => ({ flat, actorIds: p.actorIds }))),
          ),
        (error: unknown) => {
          if (__DEV__) console.debug('[Fact Context] matching failed:', error);
          this.settle(request);
        },
      );
      return true;
    };
    if (groups.length === 1) sendAll(() => false);
    else this.slicer.push(sendAll);
  }

  /**
   * Turns an answer into page mentions, in slices, dropping what the page changed since it was sent. The full
   * scan's answer, when the page changed none of its text meanwhile, is kept as pending spans instead (see
   * MentionStore): the painted window makes the few it needs.
   */
  private apply(
    request: ScanRequest,
    lists: readonly { flat: readonly number[]; actorIds: readonly string[] }[],
  ): void {
    if (!this.requests.live(request)) return;
    for (const list of lists) this.waitingMentions += list.flat.length / 3;
    let i = 0;
    // A live update's answer is applied at once (when nothing else is queued); the full scan's, in slices.
    this.slicer.push((timeUp) => {
      if (request.generation !== this.requests.generation) return true;
      const stale = this.requests.staleRoots(request);
      const untouched = this.requests.untouched(request);
      const found: PageMention[] = [];
      let deferred = false;
      for (; i < request.chunks.length && !timeUp(); i++) {
        const list = lists[i];
        if (!list?.flat.length) continue;
        const count = list.flat.length / 3;
        this.waitingMentions -= count;
        if (untouched && this.store.size + found.length + count <= this.maxMentions) {
          this.store.defer(request.chunks[i]!, list.flat, list.actorIds);
          deferred = true;
          continue;
        }
        for (const m of toPageMentions(request.chunks[i]!, list.flat, list.actorIds))
          if (current(m, stale)) found.push(m);
      }
      const room = this.maxMentions - this.store.size;
      if (found.length > room) {
        found.length = Math.max(0, room);
        this.capped = true;
      }
      if (found.length) {
        this.store.add(found, true);
        this.events.added(found);
      }
      if (deferred) this.events.deferred();
      const done = i >= request.chunks.length;
      if (done) this.settle(request);
      else if (found.length || deferred) this.events.changed();
      return done;
    }, !request.full);
    this.events.queued();
  }

  /** A request is finished (applied or failed): forget it, and finish the full scan if it was the last. */
  private settle(request: ScanRequest): void {
    if (this.requests.settle(request)) this.events.settled();
  }
}
