/**
 * The request state machine without a DOM: which answers of the matcher are still good after the page changed.
 * Roots are plain strings here; in the page they are the blocks a re-scan walked again.
 */
import { describe, expect, it } from 'vitest';
import { Requests } from '../../../../src/content/scan/requests';

const fresh = () => new Requests<string, string>();

describe('requests to the matcher', () => {
  it('keeps an answer good while nothing was re-scanned or removed since it was asked for', () => {
    const r = fresh();
    const request = r.open(['chunk'], true);
    expect(r.live(request)).toBe(true);
    expect(r.staleRoots(request)).toBeUndefined();
    expect(r.untouched(request)).toBe(true);
    expect(r.fullPending).toBe(true);
  });

  it('names the roots re-scanned after a request, so that its mentions there are dropped', () => {
    const r = fresh();
    const request = r.open(['a', 'b'], false);
    r.rewalked(['block-2']);
    r.rewalked(['block-5', 'block-2']);
    expect([...r.staleRoots(request)!].sort()).toEqual(['block-2', 'block-5']);
    expect(r.untouched(request)).toBe(false);
  });

  it('does not count re-scans that came before a request was sent', () => {
    const r = fresh();
    const older = r.open(['a'], false);
    r.rewalked(['block-1']);
    const newer = r.open(['b'], false);
    expect(r.staleRoots(newer)).toBeUndefined();
    expect([...r.staleRoots(older)!]).toEqual(['block-1']);
  });

  it('treats a full-scan answer as touched once the page removed nodes after its walk began', () => {
    const r = fresh();
    r.restart();
    r.fullWalkBegins();
    const request = r.open(['chunk'], true);
    expect(r.untouched(request)).toBe(true);
    r.removed();
    expect(r.untouched(request)).toBe(false);
    // A live update's answer is never kept as pending spans, whatever happened.
    expect(r.untouched(r.open(['x'], false))).toBe(false);
  });

  it('ages the full scan’s held text from when its walk began, not from when it was sent', () => {
    const r = fresh();
    r.restart();
    r.fullWalkBegins();
    r.removed(); // while the walk held its text
    const request = r.open(['held'], true);
    expect(request.removals).toBe(0);
    expect(r.untouched(request)).toBe(false);
  });

  it('drops every older request when a full scan starts again', () => {
    const r = fresh();
    const before = r.open(['a'], true);
    r.restart();
    expect(r.live(before)).toBe(false);
    expect(r.waiting).toBe(false);
    expect(r.fullPending).toBe(false);
    expect(r.settle(before)).toBe(false);
  });

  it('forgets re-scans once no request older than them is outstanding', () => {
    const r = fresh();
    const first = r.open(['a'], false);
    r.rewalked(['block-1']);
    const second = r.open(['b'], false);
    r.rewalked(['block-2']);
    expect(r.settle(first)).toBe(true);
    expect([...r.staleRoots(second)!]).toEqual(['block-2']);
    expect(r.settle(second)).toBe(true);
    expect(r.settle(second)).toBe(false);
    expect(r.waiting).toBe(false);
    // With nothing outstanding, a re-scan is not remembered at all.
    r.rewalked(['block-3']);
    const third = r.open(['c'], false);
    expect(r.staleRoots(third)).toBeUndefined();
  });

  it('finishes the full scan only when its last request settles', () => {
    const r = fresh();
    const a = r.open(['top'], true);
    const b = r.open(['rest'], true);
    const live = r.open(['update'], false);
    r.settle(a);
    expect(r.fullPending).toBe(true);
    r.settle(live);
    expect(r.fullPending).toBe(true);
    r.settle(b);
    expect(r.fullPending).toBe(false);
  });
});
