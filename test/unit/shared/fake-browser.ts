/**
 * A small in-memory stand-in for the webextension-polyfill `browser` object: storage areas that behave
 * like the real ones (copies in, copies out, change events), and spies for the rest. Tests `vi.mock` the
 * seam (`src/shared/browser`) with it.
 */
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

/** An event with addListener/removeListener and a way for tests to fire it. */
export function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: vi.fn((l: Listener) => void listeners.add(l)),
    removeListener: vi.fn((l: Listener) => void listeners.delete(l)),
    hasListener: (l: Listener) => listeners.has(l),
    fire: (...args: unknown[]) => [...listeners].map((l) => l(...args)),
    get size() {
      return listeners.size;
    },
  };
}

function fakeArea(name: string, onChanged: ReturnType<typeof fakeEvent>) {
  const data = new Map<string, unknown>();
  const changed = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    if (Object.keys(changes).length) onChanged.fire(structuredClone(changes), name);
  };
  return {
    data,
    get: vi.fn(async (keys?: string | string[] | null) => {
      const wanted = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      await Promise.resolve(); // real storage answers asynchronously: keep interleavings honest
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      changed(changes);
    }),
    remove: vi.fn(async (keys: string | string[]) => {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        if (data.has(k)) changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      changed(changes);
    }),
  };
}

/** One end of a runtime.Port; `peer` is the other end once two are linked (see `fakePortPair`). */
export interface FakePort {
  name: string;
  sender?: Record<string, unknown>;
  error?: { message: string };
  onMessage: ReturnType<typeof fakeEvent>;
  onDisconnect: ReturnType<typeof fakeEvent>;
  postMessage: (message: unknown) => void;
  disconnect: () => void;
  peer?: FakePort;
}

/**
 * Two linked port ends, as runtime.connect gives a content script and onConnect the background: a message
 * posted on one arrives (a copy, a task later) at the other; a disconnect on one fires onDisconnect on the other.
 */
export function fakePortPair(name: string, sender: Record<string, unknown>): [client: FakePort, server: FakePort] {
  const end = (extra: Partial<FakePort>): FakePort => {
    const port: FakePort = {
      name,
      ...extra,
      onMessage: fakeEvent(),
      onDisconnect: fakeEvent(),
      postMessage: vi.fn((message: unknown) => {
        const peer = port.peer;
        if (!peer) throw new Error('Attempting to use a disconnected port object');
        const copy = structuredClone(message);
        setTimeout(() => peer.onMessage.fire(copy, peer), 0);
      }),
      disconnect: vi.fn(() => {
        const peer = port.peer;
        port.peer = undefined;
        if (!peer) return;
        peer.peer = undefined;
        peer.onDisconnect.fire(peer);
      }),
    };
    return port;
  };
  const client = end({});
  const server = end({ sender });
  client.peer = server;
  server.peer = client;
  return [client, server];
}

/** A fresh fake `browser`. */
export function createFakeBrowser() {
  const onChanged = fakeEvent();
  return {
    runtime: {
      id: 'fact-context-test',
      getURL: (path: string) => `chrome-extension://fact-context-test/${path}`,
      getManifest: () => ({ version: '0.1.0', host_permissions: ['http://*/*', 'https://*/*'] }),
      sendMessage: vi.fn(async () => undefined),
      openOptionsPage: vi.fn(async () => undefined),
      onMessage: fakeEvent(),
      onConnect: fakeEvent(),
      onInstalled: fakeEvent(),
      connect: vi.fn((_info: { name: string }): FakePort => {
        throw new Error('no port in this test');
      }),
      lastError: undefined as { message?: string } | undefined,
    },
    storage: {
      sync: fakeArea('sync', onChanged),
      session: fakeArea('session', onChanged),
      local: fakeArea('local', onChanged),
      onChanged,
    },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) =>
        subs === undefined ? key : `${key}(${[subs].flat().join(',')})`,
    },
    action: {
      setBadgeText: vi.fn(async () => undefined),
      setTitle: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      onClicked: fakeEvent(),
    },
    tabs: {
      get: vi.fn(async (id: number) => ({ id, windowId: 1, url: 'https://example.com/' })),
      query: vi.fn(async () => [] as unknown[]),
      create: vi.fn(async () => ({})),
      sendMessage: vi.fn(async () => undefined),
      onUpdated: fakeEvent(),
      onRemoved: fakeEvent(),
    },
    contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: fakeEvent() },
    commands: { onCommand: fakeEvent() },
    permissions: {
      contains: vi.fn(async () => true),
      request: vi.fn(async () => true),
      onAdded: fakeEvent(),
      onRemoved: fakeEvent(),
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
