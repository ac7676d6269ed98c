/**
 * Per-tab state in storage.session, so that it survives the MV3 worker being stopped after ~30 s idle.
 * Nothing here is kept only in module variables.
 */
import { browser } from '../shared/browser';
import type { FrameSummary, TabState } from '../shared/protocol';

const key = (tabId: number) => `tab:${tabId}`;

/** Reads a tab's state (empty when nothing was reported). */
export async function readTabState(tabId: number): Promise<TabState> {
  const stored = await browser.storage.session.get(key(tabId));
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

/** Records one frame's summary; a report from the top frame with a new URL starts the tab afresh. */
export function recordFrame(tabId: number, frameId: number, summary: FrameSummary): Promise<TabState> {
  return serialized(tabId, async () => {
    const state = await readTabState(tabId);
    const top = state.frames['0'];
    if (frameId === 0 && top && top.url !== summary.url) state.frames = {};
    state.frames[String(frameId)] = summary;
    await browser.storage.session.set({ [key(tabId)]: state });
    return state;
  });
}

/** Forgets a tab (navigation or close), after any report already on its way. */
export function clearTab(tabId: number): Promise<void> {
  return serialized(tabId, () => browser.storage.session.remove(key(tabId)));
}

/** Mention counts per actor, summed over a tab's frames. */
export function tabCounts(state: TabState): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const frame of Object.values(state.frames)) {
    for (const [actorId, n] of Object.entries(frame.counts)) counts[actorId] = (counts[actorId] ?? 0) + n;
  }
  return counts;
}
