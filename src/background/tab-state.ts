/**
 * Per-tab state in storage.session, so that it survives the MV3 worker being stopped after ~30 s idle; a copy in
 * memory answers while the worker runs, and keeps the badge and the panel working when storage refuses a write
 * (Chrome's storage.session has one quota for every tab). What is kept is counts only: no address, no title.
 */
import { browser } from '../shared/browser';
import type { FrameCounts, TabState } from '../shared/protocol';

const key = (tabId: number) => `tab:${tabId}`;

/** The most frames of one tab that are kept; a page with more (a hostile one) has the rest ignored. */
export const MAX_FRAMES = 64;

/** This worker's copy of what it stored (the stored state is the truth after a restart). */
const memory = new Map<number, TabState>();
/** Tabs closed while this worker ran: a report that arrives after its tab closed stores nothing. */
const closed = new Set<number>();

/** Reads a tab's state (empty when nothing was reported). */
export async function readTabState(tabId: number): Promise<TabState> {
  const known = memory.get(tabId);
  if (known) return structuredClone(known);
  const stored = await browser.storage.session.get(key(tabId)).catch(() => ({}) as Record<string, unknown>);
  return (stored[key(tabId)] as TabState | undefined) ?? { tabId, frames: {} };
}

/**
 * The last pending update of each tab. Frames report at once (a page with ads loads many), and each update
 * is a read-modify-write of storage: without this chain, two frames' reports would overwrite each other.
 * Only the ordering lives in memory; a worker that stops loses no state, just an empty queue.
 */
const queues = new Map<number, Promise<unknown>>();

function serialized<T>(tabId: number, update: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(update, update);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => queues.get(tabId) === tail && queues.delete(tabId));
  return run;
}

/** Stores a tab's state; a refused write (quota) leaves the copy in memory to answer. */
async function store(state: TabState): Promise<void> {
  memory.set(state.tabId, state);
  try {
    await browser.storage.session.set({ [key(state.tabId)]: state });
  } catch {
    // storage.session is full (its quota is shared by every tab) or gone: this worker still knows the state.
  }
}

/** Records one frame's counts (already checked); a closed tab, or a frame past `MAX_FRAMES`, changes nothing. */
export function recordFrame(tabId: number, frameId: number, frame: FrameCounts): Promise<TabState> {
  return serialized(tabId, async () => {
    const state = await readTabState(tabId);
    if (closed.has(tabId)) return state;
    const id = String(frameId);
    if (!(id in state.frames) && Object.keys(state.frames).length >= MAX_FRAMES) return state;
    state.frames[id] = frame;
    await store(state);
    return state;
  });
}

/**
 * The top frame's address changed within the page (a client-side route): the sub-frames' counts are dropped (they
 * report again if they are still there); the top frame's next report replaces its own.
 */
export function keepTopFrame(tabId: number): Promise<TabState> {
  return serialized(tabId, async () => {
    const state = await readTabState(tabId);
    const top = state.frames['0'];
    if (Object.keys(state.frames).length <= (top ? 1 : 0)) return state;
    state.frames = top ? { 0: top } : {};
    await store(state);
    return state;
  });
}

/** Forgets a tab (navigation), after any report already on its way. */
export function clearTab(tabId: number): Promise<void> {
  return serialized(tabId, async () => {
    memory.delete(tabId);
    await browser.storage.session.remove(key(tabId)).catch(() => undefined);
  });
}

/** Forgets a closed tab for good: its state, and any report still on its way finds it closed. */
export function closeTab(tabId: number): Promise<void> {
  closed.add(tabId);
  return clearTab(tabId);
}

/** Mention counts per actor, summed over a tab's frames. */
export function tabCounts(state: TabState): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const frame of Object.values(state.frames)) {
    for (const [actorId, n] of Object.entries(frame.counts)) counts[actorId] = (counts[actorId] ?? 0) + n;
  }
  return counts;
}
