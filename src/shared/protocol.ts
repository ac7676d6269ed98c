/**
 * The message protocol: one map per receiving context. `send*` and `on` in `messaging.ts` are generic over
 * these maps, so the compiler checks every payload and answer. Answers that can fail are `Result`s;
 * nothing is thrown across contexts.
 */
import type { ActorKind } from '../data/types';
import type { PackedMentions } from '../match/packed';

/** Every message's envelope says which protocol it speaks (`{ channel, type, data }`); also the name of a content script's port. */
export const CHANNEL = 'fact-context/v1';

/** An answer that may have failed, without throwing across contexts. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A frame's report of its mentions, summarised: what the badge and the panel's counts need. The background checks
 * every field (`src/background/message-checks.ts`) and keeps only `FrameCounts`.
 */
export interface FrameSummary {
  /** Mention count per actor id, in this frame. */
  counts: Record<string, number>;
  total: number;
  /** True when the page was too large and scanning stopped at the cap. */
  capped: boolean;
  /** Why nothing is highlighted, when nothing is. */
  inactive?: 'disabled' | 'paused';
}

/** What the background keeps of a frame's report: counts only, no address, no title, no page text. */
export type FrameCounts = Pick<FrameSummary, 'counts' | 'total' | 'capped' | 'inactive'>;

/** What the extension knows about a tab: its frames' counts (storage.session, so it survives a worker restart). */
export interface TabState {
  tabId: number;
  frames: Record<string, FrameCounts>;
}

/** One mention, as the panel lists it. */
export interface MentionItem {
  /** Position of the mention among the actor's mentions in this frame, in page order (0-based). */
  n: number;
  /** Position among all mentions of the frame, in page order. */
  order: number;
  actorId: string;
  kind: ActorKind;
  text: string;
  before: string;
  after: string;
}

/** What the panel learns about a tab: its frames' counts, and the tab's address and title as the browser has them. */
export type TabView = TabState & {
  /** The tab's address without its query or fragment (the panel needs its site, never its tokens). */
  url?: string;
  /** The tab's title, cut to `TITLE_MAX` characters. */
  title?: string;
  restricted: boolean;
};

/** The longest title the panel is given (a page may set a title of megabytes). */
export const TITLE_MAX = 300;

/**
 * Handled by the background (service worker / event page). Each message has its own sender rule
 * (`src/background/index.ts`): `frame-summary`, `show-in-panel` and `find-mentions` come from content scripts and
 * act on the sender's own tab; `get-tab-state` only from the extension's pages.
 */
export interface BackgroundMessages {
  /** A frame's content script reports its mentions (after every change). */
  'frame-summary': { req: FrameSummary; res: null };
  /** The panel asks for a tab's state; `tabId` omitted means the active tab of the current window. */
  'get-tab-state': { req: { tabId?: number }; res: TabView };
  /** The hover card's "Show in panel": open (Chrome) or select in (Firefox, when open) the panel. */
  'show-in-panel': { req: { actorId: string }; res: { opened: boolean; hint?: string } };
  /**
   * A content script's page text, a few chunks at a time: matching runs in the background, off the page's main
   * thread. Each text comes in the pieces the walk read it in (joined here, not in the page). The answer lists
   * each text's mentions, offsets into the joined text, as `[start, end, actor index]` triples (`PackedMentions`).
   */
  'find-mentions': { req: { texts: string[][]; languages: string[] }; res: PackedMentions };
  /**
   * The sentinel (src/sentinel/) reports a frame's first look: `keys` when its text may name an actor. The
   * background then injects the content script into that frame where Fact Context is on for the tab's site
   * (`started`), and otherwise records the frame as empty or inactive. The top frame reports either way.
   */
  sentinel: { req: { keys: boolean }; res: { started: boolean } };
  /** The content script's first card: the card's code is injected into the sender's frame (src/card/). */
  'load-card': { req: Record<string, never>; res: null };
  /** A sub-frame asks for the top frame's site (a `siteKey`), which "Pause on this site" applies to. */
  'top-site': { req: Record<string, never>; res: { site: string } };
}

/** Handled by the content script of a frame (tabs.sendMessage). */
export interface ContentMessages {
  /**
   * The frame's mentions, as the JSON text of a `MentionItem[]`: one string crosses the messaging layers in a few
   * milliseconds, where 20,000 objects held the page's main thread for 40 ms (Chrome) to 300 ms (Firefox).
   */
  'list-mentions': { req: { actorId?: string }; res: { itemsJson: string; capped: boolean } };
  /** Scroll the n-th mention of an actor into view and flash it. */
  'reveal-mention': { req: { actorId: string; n: number }; res: { found: boolean } };
  /** Keyboard command: move to the next/previous mention and open its card. */
  'step-mention': { req: { direction: 1 | -1 }; res: { found: boolean } };
}

/** Handled by open panels (runtime broadcast from the background). */
export interface PanelMessages {
  'tab-state-changed': { req: { tabId: number }; res: null };
  'select-actor': { req: { tabId: number; actorId: string }; res: null };
  /** The context menu's look-up in one tab: only a panel showing that tab acts on it. */
  'search-for': { req: { tabId: number; text: string }; res: null };
}

export type Req<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
export type Res<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;
