/** A fake of the browser seam (src/shared/browser.ts) for the panel's DOM tests: records calls, lets tests fire events. */
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

/** An event a test can fire: `addListener`/`removeListener` plus `fire(...)`. */
function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListeners: () => listeners.size > 0,
    fire: (...args: unknown[]) => [...listeners].map((l) => l(...args)),
  };
}

/** A Storage area kept in a Map. */
function area() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: vi.fn(async (key: string | null) =>
      key === null ? Object.fromEntries(data) : data.has(key) ? { [key]: data.get(key) } : {},
    ),
    set: vi.fn(
      async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    ),
    remove: vi.fn(async (keys: string | string[]) => void [keys].flat().forEach((k) => data.delete(k))),
  };
}

export const browser = {
  runtime: {
    id: 'fact-context-test',
    onMessage: event(),
    getManifest: () => ({ version: '0.0.0' }),
    /** Messages to the background: tests replace the implementation. */
    sendMessage: vi.fn(async (_message: any): Promise<unknown> => undefined),
  },
  i18n: { getMessage: () => '' },
  storage: { sync: area(), session: area(), onChanged: event() },
  tabs: {
    onActivated: event(),
    onUpdated: event(),
    query: vi.fn(async () => [{ id: 1, windowId: 7, active: true }]),
    /** Messages to content scripts: tests replace the implementation. */
    sendMessage: vi.fn(
      async (_tabId: number, _message: any, _options?: { frameId?: number }): Promise<unknown> => undefined,
    ),
  },
  windows: { onFocusChanged: event(), getCurrent: vi.fn(async () => ({ id: 7 })) },
};

export const extensionAlive = () => true;
