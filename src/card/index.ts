/**
 * The hover card's code (card.js): injected by the background into a frame on its first card, after the content
 * script (see src/content/card/card-view.ts). It only registers the card view; the content script makes one.
 */
import { CardUi } from '../content/card/card-ui';
import { registerCardView } from '../content/card/card-view';

registerCardView(() => new CardUi());
