/**
 * The mention store: a full scan's answers stay pending (counted, not yet made into page mentions) until
 * something needs them — the painted window, an edit of their text, the panel's list — and page order holds
 * however the batches arrive.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MentionStore } from '../../../../src/content/mentions/mention-store';
import { toPageMentions } from '../../../../src/content/mentions/page-mention';
import { RunWalker, type TextChunk } from '../../../../src/content/scan/text-runs';

const ACTORS = ['putin', 'kyiv'];
/** What the engine would answer for a chunk: packed [start, end, actor index] triples for "Putin" and "Kyiv". */
const answer = (chunk: TextChunk) =>
  [...chunk.parts.join('').matchAll(/Putin|Kyiv/g)].flatMap((m) => [
    m.index,
    m.index + m[0].length,
    ACTORS.indexOf(m[0].toLowerCase()),
  ]);
/** One chunk per paragraph (each root walked alone), in page order. */
const chunksOf = (...ids: string[]) => ids.map((id) => new RunWalker(document.getElementById(id)!).next()!);
const listed = (store: MentionStore) =>
  store.inOrder().map((m) => `${(m.startContainer.parentElement!.closest('p') as HTMLElement).id}:${m.text}`);

let store: MentionStore;
beforeEach(() => {
  store = new MentionStore();
  document.body.innerHTML = [
    'Putin in Kyiv.',
    'Only Kyiv.',
    'No names here.',
    'Vladimir <b>Putin</b>.',
    'Kyiv and Putin.',
  ]
    .map((html, i) => `<p id="p${i}">${html}</p>`)
    .join('');
});

describe('pending answers', () => {
  it('count toward the total and per actor before any is made, and are made in page order when listed', () => {
    for (const chunk of chunksOf('p0', 'p1', 'p2', 'p3', 'p4')) store.defer(chunk, answer(chunk), ACTORS);
    expect(store.size).toBe(6);
    expect(store.counts()).toEqual({ putin: 3, kyiv: 3 });
    expect(store.blocksInOrder()).toEqual([]); // nothing made yet: nothing for the window to paint
    expect(listed(store)).toEqual(['p0:Putin', 'p0:Kyiv', 'p1:Kyiv', 'p3:Putin', 'p4:Kyiv', 'p4:Putin']);
    expect(store.size).toBe(6);
    expect(store.blocksInOrder().map((b) => b.id)).toEqual(['p0', 'p1', 'p3', 'p4']);
  });

  it('are made only where a re-scanned root holds their mentions', () => {
    const chunks = chunksOf('p0', 'p1', 'p3', 'p4');
    for (const chunk of chunks) store.defer(chunk, answer(chunk), ACTORS);
    const made = (root: Node) => store.materializeWithin(root).map((m) => m.text);
    expect(made(document.getElementById('p2')!)).toEqual([]); // between spans, no mention inside
    expect(made(document.querySelector('#p3 b')!)).toEqual(['Putin']); // inside a span
    expect(made(document.querySelector('#p3 b')!)).toEqual([]); // made once
    expect(store.blocksInOrder().map((b) => b.id)).toEqual(['p3']);
    expect(made(document.body)).toEqual(['Putin', 'Kyiv', 'Kyiv', 'Kyiv', 'Putin']); // a root holding several spans
    expect(store.size).toBe(6);
  });

  it('are made for the spans the window asks for, and not others', () => {
    const chunks = chunksOf('p0', 'p1', 'p3');
    for (const chunk of chunks) store.defer(chunk, answer(chunk), ACTORS);
    const [spans] = [...store.pendingSpans()];
    expect(spans!.map((s) => s.first.parentElement!.closest('p')!.id)).toEqual(['p0', 'p1', 'p3']);
    store.materialize([spans![1]!]);
    expect(store.blocksInOrder().map((b) => b.id)).toEqual(['p1']);
    expect(store.size).toBe(4);
  });

  it('stay pending when the window asks for the blocks after a removal', () => {
    for (const chunk of chunksOf('p0', 'p1', 'p3')) store.defer(chunk, answer(chunk), ACTORS);
    const [spans] = [...store.pendingSpans()];
    store.materialize([spans![1]!]);
    store.removeNodes([document.querySelector('#p1')!.firstChild as Text]);
    expect(store.blocksInOrder()).toEqual([]);
    expect([...store.pendingSpans()][0]).toHaveLength(2);
    expect(store.size).toBe(3);
  });

  it('drop mentions whose text left the page when they are made', () => {
    const chunks = chunksOf('p0', 'p1');
    for (const chunk of chunks) store.defer(chunk, answer(chunk), ACTORS);
    document.getElementById('p0')!.remove();
    expect(store.materializeAll()).toBe(true);
    expect(listed(store)).toEqual(['p1:Kyiv']);
    expect(store.size).toBe(1);
  });

  it('make all in slices when time is short, and are gone after clear()', () => {
    for (const chunk of chunksOf('p0', 'p1', 'p3')) store.defer(chunk, answer(chunk), ACTORS);
    expect(store.materializeAll(() => store.blocksInOrder().length > 0)).toBe(false); // stops after one span
    expect(store.blocksInOrder()).toHaveLength(1);
    store.clear();
    expect(store.size).toBe(0);
    expect(store.inOrder()).toEqual([]);
  });
});

describe('counts per actor', () => {
  /** What the panel and the badge should show: the mentions there are, counted one by one. */
  const recount = () => {
    const counts: Record<string, number> = {};
    for (const m of store.inOrder()) counts[m.actorId] = (counts[m.actorId] ?? 0) + 1;
    return counts;
  };

  it('follow every change: pending answers, made ones, text that left the page, re-scans and clear()', () => {
    for (const chunk of chunksOf('p0', 'p1', 'p3')) store.defer(chunk, answer(chunk), ACTORS);
    expect(store.counts()).toEqual({ putin: 2, kyiv: 2 });
    // A made span whose text left the page meanwhile: its mention is not made, and no longer counted.
    document.getElementById('p1')!.remove();
    store.materialize([[...store.pendingSpans()][0]![1]!]);
    expect(store.counts()).toEqual({ putin: 2, kyiv: 1 });
    // A re-scan of p0: its old mentions go, the new answer's come (the same names, so the same counts).
    store.materializeWithin(document.getElementById('p0')!);
    store.removeNodes([document.querySelector('#p0')!.firstChild as Text]);
    expect(store.counts()).toEqual({ putin: 1 });
    const [p0] = chunksOf('p0');
    store.add(toPageMentions(p0!, answer(p0!), ACTORS), true);
    expect(store.counts()).toEqual({ putin: 2, kyiv: 1 });
    // Live text added at the end.
    const [p4] = chunksOf('p4');
    store.add(toPageMentions(p4!, answer(p4!), ACTORS), true);
    expect(store.counts()).toEqual(recount());
    expect(store.counts()).toEqual({ putin: 3, kyiv: 2 });
    store.clear();
    expect(store.counts()).toEqual({});
  });

  it('count a pending span once, whether it is made before or after they are first asked for', () => {
    for (const chunk of chunksOf('p0', 'p1', 'p3', 'p4')) store.defer(chunk, answer(chunk), ACTORS);
    const [spans] = [...store.pendingSpans()];
    store.materialize([spans![0]!]); // made before anyone asked
    expect(store.counts()).toEqual({ putin: 3, kyiv: 3 });
    store.materialize([spans![1]!]); // made after: it was counted while pending
    expect(store.counts()).toEqual({ putin: 3, kyiv: 3 });
    expect(store.materializeAll()).toBe(true);
    expect(store.counts()).toEqual(recount());
    expect(store.counts()).toEqual({ putin: 3, kyiv: 3 });
  });
});

describe('page order', () => {
  const mentionsOf = (id: string) => {
    const [chunk] = chunksOf(id);
    return toPageMentions(chunk!, answer(chunk!), ACTORS);
  };

  it('holds when batches arrive out of order, each placed where it belongs', () => {
    store.add(mentionsOf('p3'), true);
    store.add(mentionsOf('p0'), true);
    store.add(mentionsOf('p4'), true);
    store.add(mentionsOf('p1'), true);
    expect(listed(store)).toEqual(['p0:Putin', 'p0:Kyiv', 'p1:Kyiv', 'p3:Putin', 'p4:Kyiv', 'p4:Putin']);
    expect(store.blocksInOrder().map((b) => b.id)).toEqual(['p0', 'p1', 'p3', 'p4']);
  });

  it('holds when a batch interleaves with mentions already there', () => {
    store.add(mentionsOf('p1'), true);
    store.add([...mentionsOf('p0'), ...mentionsOf('p3')], true); // spans p1
    expect(listed(store)).toEqual(['p0:Putin', 'p0:Kyiv', 'p1:Kyiv', 'p3:Putin']);
  });
});
