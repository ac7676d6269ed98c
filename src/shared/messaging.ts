/**
 * A small typed wrapper over runtime/tabs messaging. Every message is `{ channel, type, data }`;
 * every answer is a `Result`. Listeners act only on messages from this extension's own contexts, and each
 * message only from the contexts its sender rule names (`fromExtensionPage`, `fromContentScript`): a content
 * script runs in a page's renderer, which a hostile page may have compromised, so it gets no panel-only answer.
 * A content script's frequent requests come over a port instead (`background-port.ts`); the background answers
 * them with the same handlers and rules (`onMessages(…, { ports: true })`).
 */
import { browser, type Runtime } from './browser';
import {
  CHANNEL,
  type BackgroundMessages,
  type ContentMessages,
  type PanelMessages,
  type Req,
  type Res,
  type Result,
} from './protocol';

type Handlers<M> = {
  [K in keyof M]?: (data: Req<M, K>, sender: Runtime.MessageSender) => Res<M, K> | Promise<Res<M, K>>;
};

/** Who may send a message, judged by what the browser says about the sender (never by what the message claims). */
export type SenderRule = (sender: Runtime.MessageSender) => boolean;

/** One sender rule per message of a map: a message without one is never answered. */
export type SenderRules<M> = { [K in keyof M]: SenderRule };

/** True for a URL of this extension's own pages (the panel, options, onboarding, the Firefox background page). */
function ownUrl(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(browser.runtime.getURL(''));
}

/**
 * The sender is one of this extension's pages or its background. Firefox sets `sender.tab` for an extension page
 * open in a tab (the end-to-end tests open the panel so), so the sender's URL, which the browser sets, decides.
 */
export const fromExtensionPage: SenderRule = (sender) => sender.id === browser.runtime.id && ownUrl(sender.url);

/**
 * The sender is a frame of a tab: a content script (or the onboarding page's demo, an extension page in a tab that
 * runs the content script's code). Whatever it sends acts on that tab and frame, the browser's, never on a tab the
 * message names.
 */
export const fromContentScript: SenderRule = (sender) =>
  sender.id === browser.runtime.id &&
  Number.isInteger(sender.tab?.id) &&
  sender.tab!.id! >= 0 &&
  Number.isInteger(sender.frameId);

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
 * messages with no handler here (so another context can answer them) and messages whose sender the rule refuses:
 * `rules` gives one rule per message (or one rule for all). With `ports`, requests that come over a content
 * script's port (`portToBackground`) are answered too, under the same rules. Returns the teardown.
 */
export function onMessages<M>(
  handlers: Handlers<M>,
  rules: SenderRules<M> | SenderRule,
  { ports = false } = {},
): () => void {
  const ruleFor = (type: string): SenderRule | undefined =>
    typeof rules === 'function' ? rules : Object.hasOwn(rules, type) ? rules[type as keyof M] : undefined;
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message) || typeof message.type !== 'string' || sender.id !== browser.runtime.id) return undefined;
    // Own properties only: a message named "constructor" or "toString" finds no handler and no rule.
    const handler = Object.hasOwn(handlers, message.type)
      ? (handlers[message.type as keyof M] as ((data: unknown, s: Runtime.MessageSender) => unknown) | undefined)
      : undefined;
    const rule = ruleFor(message.type);
    if (!handler || !rule?.(sender)) return undefined;
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
