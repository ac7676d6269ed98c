/**
 * The one in-memory stand-in for the browser seam (`src/shared/browser.ts`) in unit and DOM tests: storage areas
 * that behave like the real ones (copies in, copies out, change events a task later), linked port pairs, i18n that
 * answers from the extension's own `_locales`, and spies (`vi.fn`) for the rest, whose answers a test can replace.
 * Events can be fired by the test (`fire`).
 *
 * Two ways to use it: a fresh fake per test (`createFakeBrowser()`, behind a getter in `vi.mock`), or this module
 * itself as the seam (`vi.mock('…/src/shared/browser', () => import('…/test/fake-browser'))`), which exports one
 * shared `browser` and `extensionAlive` for that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { REPO_ROOT } from './paths';

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

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

function fakeArea(name: string, onChanged: ReturnType<typeof fakeEvent>) {
  const data = new Map<string, unknown>();
  const changed = (changes: Changes) => {
    if (Object.keys(changes).length) onChanged.fire(structuredClone(changes), name);
  };
  return {
    /** The stored values, for tests to read or set without going through the API. */
    data,
    get: vi.fn(async (keys?: string | string[] | null) => {
      const wanted = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      await Promise.resolve(); // real storage answers asynchronously: keep interleavings honest
      const changes: Changes = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      changed(changes);
    }),
    remove: vi.fn(async (keys: string | string[]) => {
      const changes: Changes = {};
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

type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A locale's messages.json, as the browser reads it. */
function localeMessages(language: string): LocaleMessages {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'assets/_locales', language, 'messages.json'), 'utf8'));
}

/**
 * What `i18n.getMessage` answers: `'keys'` (the default) echoes the key, with any substitutions in parentheses
 * (`menuLookUp(Macron)`), so that a test sees which message was used; a language (`'en'`, `'uk'`) answers as the
 * browsers do, from that locale's messages.json, else the default locale's (English), else ''; `'none'` has no
 * messages at all (every answer ''), as when the UI must fall back on its own.
 */
type FakeI18n = 'keys' | 'none' | string;

function fakeI18n(mode: FakeI18n) {
  const language = mode === 'keys' || mode === 'none' ? 'en' : mode;
  const own = mode === 'keys' || mode === 'none' ? {} : localeMessages(language);
  const fallback = language !== 'en' ? localeMessages('en') : {};
  return {
    getUILanguage: () => language,
    getMessage: (key: string, substitutions?: string | string[]): string => {
      const subs = substitutions === undefined ? [] : [substitutions].flat();
      if (mode === 'keys') return subs.length ? `${key}(${subs.join(',')})` : key;
      const entry = own[key] ?? fallback[key];
      if (!entry) return '';
      // Named placeholders ($SITE$) stand for their content, then $1… for the substitutions.
      const named = entry.message.replace(
        /\$([A-Za-z_]\w*)\$/g,
        (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
      );
      return named.replace(/\$(\d)/g, (_, i: string) => subs[Number(i) - 1] ?? '');
    },
  };
}

/** The one window of a fake browser, and its active tab. */
const WINDOW_ID = 7;
const TAB = { id: 1, windowId: WINDOW_ID, active: true, url: 'https://example.com/' };

/** A fresh fake `browser`. */
export function createFakeBrowser({ i18n = 'keys' }: { i18n?: FakeI18n } = {}) {
  const onChanged = fakeEvent();
  return {
    runtime: {
      id: 'fact-context-test',
      getURL: (path: string) => `chrome-extension://fact-context-test/${path}`,
      getManifest: () => ({ version: '0.1.0', host_permissions: ['http://*/*', 'https://*/*'] }),
      /** Messages to the background: tests replace the implementation. */
      sendMessage: vi.fn(async (_message: any): Promise<unknown> => undefined),
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
    i18n: fakeI18n(i18n),
    action: {
      setBadgeText: vi.fn(async () => undefined),
      setTitle: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      onClicked: fakeEvent(),
    },
    tabs: {
      get: vi.fn(async (id: number) => ({ ...TAB, id })),
      query: vi.fn(async (_query?: unknown): Promise<unknown[]> => [{ ...TAB }]),
      create: vi.fn(async () => ({})),
      /** Messages to content scripts: tests replace the implementation. */
      sendMessage: vi.fn(
        async (_tabId: number, _message: any, _options?: { frameId?: number }): Promise<unknown> => undefined,
      ),
      onActivated: fakeEvent(),
      onUpdated: fakeEvent(),
      onRemoved: fakeEvent(),
    },
    scripting: {
      /** Injections into a frame: tests read the calls, or make them fail. */
      executeScript: vi.fn(async (_injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }) => [
        {},
      ]),
      insertCSS: vi.fn(async (_injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }) => {}),
    },
    windows: {
      getCurrent: vi.fn(async () => ({ id: WINDOW_ID })),
      onFocusChanged: fakeEvent(),
    },
    contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: fakeEvent() },
    commands: {
      getAll: vi.fn(async (): Promise<{ name?: string; shortcut?: string; description?: string }[]> => []),
      onCommand: fakeEvent(),
    },
    permissions: {
      contains: vi.fn(async () => true),
      request: vi.fn(async () => true),
      onAdded: fakeEvent(),
      onRemoved: fakeEvent(),
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** The shared fake, for tests that use this module as the seam itself: its UI shows the English messages. */
export const browser = createFakeBrowser({ i18n: 'en' });

/** The seam's `extensionAlive`: a fake extension is never reloaded. */
export const extensionAlive = () => true;
