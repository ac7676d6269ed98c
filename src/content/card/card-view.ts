/**
 * The hover card as the content script sees it: a view it shows, moves along with a name and hides. The view's
 * code (Preact, the card, Floating UI: src/card/) is not part of the content script: the background injects it
 * into the frame on its first card (`load-card`), and it registers here through the isolated world's global object.
 * Pages that never show a card never pay for it.
 */
import type { ContentShareActor } from '../../data/types';
import { sendToBackground } from '../../shared/messaging';

/** What the card shows and what its buttons do (see ActorCard). */
export interface CardProps {
  actor: ContentShareActor;
  matched: string;
  hint: string | undefined;
  onShowInPanel(): void;
  onNextMention(): void;
  onClose(): void;
}

/** The name a card belongs to, as Floating UI reads a reference: its box, its line boxes, and its element. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRect[];
  contextElement: Element;
}

export interface CardView {
  /** True when `node` is inside the card (events on the card must not count as leaving it). */
  contains(node: EventTarget | null): boolean;
  /** The card's element inside the closed shadow root, while it is shown. */
  readonly cardElement: HTMLElement | null;
  show(props: CardProps): void;
  /** Keeps the card next to `anchor` (near the `pointer` on a name that wraps) until `hide`. */
  follow(anchor: CardAnchor, pointer: () => { x: number; y: number }): void;
  hide(): void;
  /** Says `text` through a polite live region (readers who do not see the highlights). */
  announce(text: string): void;
  destroy(): void;
}

const KEY = Symbol.for('fact-context.card-view');
type Scope = { [KEY]?: () => CardView };

/** Called by the card's code when it loads. */
export function registerCardView(make: () => CardView): void {
  (globalThis as Scope)[KEY] = make;
}

/** A new card view if the card's code is loaded, else undefined (see `loadCardView`). */
export function cardViewNow(): CardView | undefined {
  return (globalThis as Scope)[KEY]?.();
}

/** A new card view, after asking the background for the card's code if needed; undefined if it could not load. */
export async function loadCardView(): Promise<CardView | undefined> {
  if (!(globalThis as Scope)[KEY]) await sendToBackground('load-card', {});
  return cardViewNow();
}
