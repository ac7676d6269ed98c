/**
 * The registry guard: nothing is registered before something is painted, our entries come back when the page
 * deletes or replaces them, and after such a deletion the guard keeps checking on its own for a while.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RegistryGuard } from '../../../../src/content/paint/registry-guard';
import { installHighlightRegistry } from '../highlight-registry';

let registry: Map<string, Set<AbstractRange>>;
const ours = new Set<AbstractRange>() as unknown as Highlight;
const painter = { names: new Map([[ours, 'fact-context-background-people']]), live: false };

beforeEach(() => {
  registry = installHighlightRegistry();
  painter.live = false;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the registry guard', () => {
  it('registers nothing on a page where nothing is painted', () => {
    new RegistryGuard(painter).ensure();
    expect(registry.size).toBe(0);
  });

  it('registers our highlights once something is painted, and puts them back when the page deletes them', () => {
    const guard = new RegistryGuard(painter);
    painter.live = true;
    guard.ensure();
    expect(registry.get('fact-context-background-people')).toBe(ours);
    registry.delete('fact-context-background-people');
    guard.ensure();
    expect(registry.get('fact-context-background-people')).toBe(ours);
    registry.set('fact-context-background-people', new Set());
    guard.ensure();
    expect(registry.get('fact-context-background-people')).toBe(ours);
  });

  it('after a deletion, checks again on its own for a few seconds, then stops', () => {
    const guard = new RegistryGuard(painter);
    painter.live = true;
    guard.ensure();
    registry.delete('fact-context-background-people');
    guard.ensure(); // a restoration: the watchdog starts
    registry.delete('fact-context-background-people');
    vi.advanceTimersByTime(250);
    expect(registry.has('fact-context-background-people')).toBe(true);
    vi.advanceTimersByTime(20_000);
    registry.delete('fact-context-background-people');
    vi.advanceTimersByTime(20_000);
    expect(registry.has('fact-context-background-people')).toBe(false);
    guard.destroy();
  });

  it('checks at most every 250 ms on the page’s DOM batches', () => {
    const guard = new RegistryGuard(painter);
    painter.live = true;
    guard.ensureAfterBatch();
    registry.delete('fact-context-background-people');
    vi.advanceTimersByTime(100);
    guard.ensureAfterBatch();
    expect(registry.has('fact-context-background-people')).toBe(false);
    vi.advanceTimersByTime(200);
    guard.ensureAfterBatch();
    expect(registry.has('fact-context-background-people')).toBe(true);
  });
});
