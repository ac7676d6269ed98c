/**
 * The card view (see card-view.ts) the card's code registers: the card rendered by Preact in its host's closed
 * shadow root (CardHost), placed by Floating UI next to the name, below it unless there is no room.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { h } from 'preact';
import { ActorCard } from './ActorCard';
import { CardHost } from './card-host';
import type { CardAnchor, CardProps, CardView } from './card-view';

export class CardUi implements CardView {
  private readonly host = new CardHost();
  private stopFollowing: (() => void) | undefined;

  contains(node: EventTarget | null): boolean {
    return this.host.contains(node);
  }

  get cardElement(): HTMLElement | null {
    return this.host.cardElement;
  }

  show(props: CardProps): void {
    this.host.render(h(ActorCard, props));
  }

  follow(anchor: CardAnchor, pointer: () => { x: number; y: number }): void {
    const floating = this.host.cardElement;
    if (!floating) return;
    this.stopFollowing?.();
    const update = () => {
      const { x, y } = pointer();
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline({ x, y }), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then((place) => {
        // left/top, not transform: the card's entry animation animates transform, and an animation
        // overrides inline style while it runs (the card would flash at the viewport's top-left corner).
        floating.style.left = `${Math.round(place.x)}px`;
        floating.style.top = `${Math.round(place.y)}px`;
      });
    };
    this.stopFollowing = autoUpdate(anchor, floating, update, { animationFrame: false });
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.host.render(null);
  }

  announce(text: string): void {
    this.host.announce(text);
  }

  destroy(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.host.destroy();
  }
}
