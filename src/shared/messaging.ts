/**
 * A small typed wrapper over runtime/tabs messaging. Every message is `{ channel, type, data }`;
 * every answer is a `Result`. Listeners act only on messages from this extension's own contexts.
 * A content script's frequent requests come over a port instead (`background-port.ts`); the background answers
 * them with the same handlers (`onMessages(…, { ports: true })`).
 */
import { browser, type Runtime } from './browser';
import type { BackgroundMessages, ContentMessages, PanelMessages, Req, Res, Result } from './protocol';

/** The envelope's channel, and the name of a content script's port. */
export const CHANNEL = 'fact-context/v1';

type Handlers<M> = {
  [K in keyof M]?: (data: Req<M, K>, sender: Runtime.MessageSender) => Res<M, K> | Promise<Res<M, K>>;
};

interface Envelope {
  channel: typeof CHANNEL;
  type: string;
  data: unknown;
}

/** An error's message, for a failed `Result`. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
    return { ok: false, error: errorText(error) };
  }
}

/** Sends a message to the background; never throws. */
export function sendToBackground<K extends keyof BackgroundMessages>(type: K, data: Req<BackgroundMessages, K>) {
  return request<Res<BackgroundMessages, K>>(() => browser.runtime.sendMessage({ channel: CHANNEL, type, data }));
}

/** Sends a message to the content script of one frame of a tab (the top frame unless `frameId` is given). */
export function sendToTab<K extends keyof ContentMessages>(
  tabId: number,
  type: K,
  data: Req<ContentMessages, K>,
  frameId = 0,
) {
  return request<Res<ContentMessages, K>>(() =>
    browser.tabs.sendMessage(tabId, { channel: CHANNEL, type, data }, { frameId }),
  );
}

/** Tells every open panel something; nobody listening is fine. */
export function sendToPanels<K extends keyof PanelMessages>(type: K, data: Req<PanelMessages, K>) {
  return request<Res<PanelMessages, K>>(() => browser.runtime.sendMessage({ channel: CHANNEL, type, data }));
}

/**
 * Registers handlers for one context's messages. Messages from outside this extension are ignored, as are
 * messages with no handler here (so another context can answer them). With `ports`, requests that come over a
 * content script's port (`portToBackground`) are answered too. Returns the teardown.
 */
export function onMessages<M>(
  handlers: Handlers<M>,
  accept: (sender: Runtime.MessageSender) => boolean = () => true,
  { ports = false } = {},
): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message) || sender.id !== browser.runtime.id || !accept(sender)) return undefined;
    const handler = handlers[message.type as keyof M] as
      ((data: unknown, s: Runtime.MessageSender) => unknown) | undefined;
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
      (error: unknown) => ({ ok: false as const, error: errorText(error) }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  const onConnect = (port: Runtime.Port) => {
    if (port.name !== CHANNEL || !port.sender) return;
    const sender = port.sender;
    port.onMessage.addListener((message: unknown) => {
      const answer = listener(message, sender);
      const id = isEnvelope(message) ? (message as Envelope & { id?: unknown }).id : undefined;
      if (typeof id !== 'number') return; // a notification (or not ours): nobody waits for an answer
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
