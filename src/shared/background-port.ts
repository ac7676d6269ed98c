/**
 * A content script's port to the background, for its frequent requests: its text to match, and its summary after
 * each change. In Chromium every `runtime.sendMessage` opens a channel: sending one cost the content script 0.30 ms
 * of the page's main thread, a message on an open port 0.17 ms (medians after 60 ms idle). The background answers
 * with its `sendMessage` handlers (`onMessages(…, { ports: true })` in messaging.ts).
 */
import { browser, type Runtime } from './browser';
import { errorText } from './messaging';
import { CHANNEL, type BackgroundMessages, type Req, type Res, type Result } from './protocol';
import { later, cancel } from './timers';

/** How long a content script's port stays open with no request on it (a quiet page holds no connection). */
export const PORT_IDLE_MS = 5_000;

/** Requests over one port to the background (see the top of this file); `close` ends them for good (teardown). */
export interface BackgroundPort {
  send<K extends keyof BackgroundMessages>(
    type: K,
    data: Req<BackgroundMessages, K>,
  ): Promise<Result<Res<BackgroundMessages, K>>>;
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
  let idleTimer = 0;
  /** When the port last carried a request or an answer. */
  let lastUse = 0;
  const waiting = new Map<number, (result: Result<never>) => void>();
  const failAll = (error: string) => {
    const pending = [...waiting.values()];
    waiting.clear();
    for (const resolve of pending) resolve({ ok: false, error });
  };
  /** Set by `close`: a torn-down frame opens no port again (a matcher's retry would). */
  let closed = false;
  /** Closes the port; the next request opens another (unless `closed`). */
  const drop = () => {
    cancel(idleTimer);
    idleTimer = 0;
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
      cancel(idleTimer);
      idleTimer = 0;
      failAll(error ?? 'the background went away');
    });
    return opened;
  };
  /** Closes the port once it has gone unused PORT_IDLE_MS: one timer, moved on only when it fires. */
  const idleCheck = () => {
    idleTimer = 0;
    if (waiting.size) return; // the answer arms it again
    const left = lastUse + PORT_IDLE_MS - Date.now();
    if (left > 0) idleTimer = later(idleCheck, left);
    else drop();
  };
  const idleLater = () => {
    lastUse = Date.now();
    idleTimer ||= later(idleCheck, PORT_IDLE_MS);
  };
  return {
    notify(type, data) {
      if (closed) return false;
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
        const id = ++nextId;
        if (closed) return resolve({ ok: false, error: 'the port was closed' });
        try {
          port ??= connect();
          waiting.set(id, resolve as (result: Result<never>) => void);
          port.postMessage({ channel: CHANNEL, type, data, id });
        } catch (error) {
          waiting.delete(id);
          resolve({ ok: false, error: errorText(error) });
        }
      });
    },
    close() {
      closed = true;
      drop();
    },
  };
}
