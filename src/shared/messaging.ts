/**
 * A small typed wrapper over runtime/tabs messaging. Every message is `{ channel, type, data }`;
 * every answer is a `Result`. Listeners act only on messages from this extension's own contexts.
 *
 * A content script's frequent requests (its text to match, its summary after each change) go over one open
 * port instead (`portToBackground`): in Chromium, `runtime.sendMessage` opens a channel on every call and cost
 * the page's main thread ≈ 0.3 ms per call, a message on an open port ≈ 0.05 ms. The background answers both
 * ways with the same handlers (`onMessages(…, { ports: true })`).
 */
import { browser, type Runtime } from './browser';
import type { BackgroundMessages, ContentMessages, PanelMessages, Req, Res, Result } from './protocol';

const CHANNEL = 'fact-context/v1';

type Handlers<M> = { [K in keyof M]?: (data: Req<M, K>, sender: Runtime.MessageSender) => Res<M, K> | Promise<Res<M, K>> };

interface Envelope {
  channel: typeof CHANNEL;
  type: string;
  data: unknown;
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).channel === CHANNEL;
}

async function request<T>(send: () => Promise<unknown>): Promise<Result<T>> {
  try {
    const answer = await send();
    if (answer && typeof answer === 'object' && 'ok' in answer) return answer as Result<T>;
    return { ok: false, error: 'no receiver answered' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Sends a message to the background; never throws. */
export function sendToBackground<K extends keyof BackgroundMessages>(type: K, data: Req<BackgroundMessages, K>) {
  return request<Res<BackgroundMessages, K>>(() => browser.runtime.sendMessage({ channel: CHANNEL, type, data }));
}

/** Sends a message to the content script of one frame of a tab (the top frame unless `frameId` is given). */
export function sendToTab<K extends keyof ContentMessages>(tabId: number, type: K, data: Req<ContentMessages, K>, frameId = 0) {
  return request<Res<ContentMessages, K>>(() => browser.tabs.sendMessage(tabId, { channel: CHANNEL, type, data }, { frameId }));
}

/** Tells every open panel something; nobody listening is fine. */
export function sendToPanels<K extends keyof PanelMessages>(type: K, data: Req<PanelMessages, K>) {
  return request<Res<PanelMessages, K>>(() => browser.runtime.sendMessage({ channel: CHANNEL, type, data }));
}

/** How long a content script's port stays open with no request on it (a quiet page holds no connection). */
export const PORT_IDLE_MS = 5_000;

/** Requests over one port to the background (see the top of this file); `close` ends them. */
export interface BackgroundPort {
  send<K extends keyof BackgroundMessages>(type: K, data: Req<BackgroundMessages, K>): Promise<Result<Res<BackgroundMessages, K>>>;
  /** Sends without asking for an answer (receiving one costs the page a task); false when it could not be sent. */
  notify<K extends keyof BackgroundMessages>(type: K, data: Req<BackgroundMessages, K>): boolean;
  close(): void;
}

/**
 * A port to the background, opened on the first request and again after it closed: the background was stopped
 * (Chrome stops an idle service worker, Firefox suspends its event page) or the port sat unused `PORT_IDLE_MS`.
 * Requests on a port that closes fail (`ok: false`), like a `sendMessage` nobody answered; never throws.
 */
export function portToBackground(): BackgroundPort {
  let port: Runtime.Port | undefined;
  let nextId = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const waiting = new Map<number, (result: Result<never>) => void>();
  const failAll = (error: string) => {
    const pending = [...waiting.values()];
    waiting.clear();
    for (const resolve of pending) resolve({ ok: false, error });
  };
  const close = () => {
    clearTimeout(idleTimer);
    const open = port;
    port = undefined;
    try {
      open?.disconnect();
    } catch {
      // The extension context is gone, and the port with it.
    }
    failAll('the port was closed');
  };
  const connect = (): Runtime.Port => {
    const opened = browser.runtime.connect({ name: CHANNEL });
    opened.onMessage.addListener((message: unknown) => {
      const { id, result } = message as { id?: unknown; result?: Result<never> };
      const resolve = typeof id === 'number' ? waiting.get(id) : undefined;
      if (!resolve || !result) return;
      waiting.delete(id as number);
      resolve(result);
      if (!waiting.size) idleLater();
    });
    opened.onDisconnect.addListener(() => {
      // Reading the error marks it seen (Chrome would log an unchecked runtime.lastError into the page's console).
      let error: string | undefined;
      try {
        error = (opened as { error?: { message?: string } }).error?.message ?? browser.runtime.lastError?.message;
      } catch {
        // The extension context is gone (reloaded or removed): so is the background.
      }
      if (port !== opened) return;
      port = undefined;
      clearTimeout(idleTimer);
      failAll(error ?? 'the background went away');
    });
    return opened;
  };
  const idleLater = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => !waiting.size && close(), PORT_IDLE_MS);
  };
  return {
    notify(type, data) {
      try {
        port ??= connect();
        port.postMessage({ channel: CHANNEL, type, data });
        if (!waiting.size) idleLater();
        return true;
      } catch {
        return false;
      }
    },
    send(type, data) {
      return new Promise((resolve) => {
        try {
          port ??= connect();
          clearTimeout(idleTimer);
          const id = ++nextId;
          waiting.set(id, resolve as (result: Result<never>) => void);
          port.postMessage({ channel: CHANNEL, type, data, id });
        } catch (error) {
          resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
        }
      });
    },
    close,
  };
}

/**
 * Registers handlers for one context's messages. Messages from outside this extension are ignored, as are
 * messages with no handler here (so another context can answer them). With `ports`, requests that come over a
 * content script's port (`portToBackground`) are answered too. Returns the teardown.
 */
export function onMessages<M>(handlers: Handlers<M>, accept: (sender: Runtime.MessageSender) => boolean = () => true, { ports = false } = {}): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message) || sender.id !== browser.runtime.id || !accept(sender)) return undefined;
    const handler = handlers[message.type as keyof M] as ((data: unknown, s: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    let answer: unknown;
    try {
      // Called synchronously: Chrome's sidePanel.open() must run within the user gesture, before any await.
      answer = handler(message.data, sender);
    } catch (error) {
      answer = Promise.reject(error);
    }
    return Promise.resolve(answer).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  const onConnect = (port: Runtime.Port) => {
    if (port.name !== CHANNEL || !port.sender) return;
    const sender = port.sender;
    port.onMessage.addListener((message: unknown) => {
      const answer = listener(message, sender);
      const id = (message as { id?: unknown }).id;
      if (typeof id !== 'number') return; // a notification: nobody waits for its answer
      void (answer ?? Promise.resolve({ ok: false as const, error: 'no handler for this message' })).then((result) => {
        try {
          port.postMessage({ id, result });
        } catch {
          // The frame went away meanwhile.
        }
      });
    });
  };
  if (ports) browser.runtime.onConnect.addListener(onConnect);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    if (ports) browser.runtime.onConnect.removeListener(onConnect);
  };
}
