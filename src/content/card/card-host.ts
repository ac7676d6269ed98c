/**
 * The one element Fact Context adds to a page: a plain `<div>` (see own-ui.ts for why not a custom element),
 * created on first use, with a closed shadow root. The card's styles load inside the root (a constructed stylesheet
 * where the browser allows it, so page CSP does not apply), and `all: initial !important` on the host keeps page
 * styles out. The root also
 * holds a polite live region: highlights are not in the accessibility tree, so what the keyboard walk reaches
 * is said there, for readers who do not see the page.
 */
import { render, type ComponentChild } from 'preact';
import css from './card.css';
import { addOwnHost, ROOT_MARKER } from './own-ui';
import { later, cancel } from '../../shared/timers';

export class CardHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private mount: HTMLElement | undefined;
  private live: HTMLElement | undefined;
  private liveTimer = 0;

  /** True when `node` is inside our UI (events on the card must not count as leaving it). */
  contains(node: EventTarget | null): boolean {
    if (!this.host || !(node instanceof Node)) return false;
    // Browsers retarget events and focus from our closed root to the host; a node from inside the root
    // (where no retargeting happened, e.g. a DOM test environment) counts as ours too.
    return node === this.host || this.host.contains(node) || node.getRootNode() === this.root;
  }

  /** The element inside the shadow root that holds the card. */
  get cardElement(): HTMLElement | null {
    return (this.mount?.querySelector('.card') as HTMLElement | null) ?? null;
  }

  /** Renders `content` (or nothing) into the card, creating the host on first use. Never throws into the page. */
  render(content: ComponentChild): void {
    if (content === null && !this.host) return;
    try {
      const mount = this.mount ?? this.create();
      render(content, mount);
    } catch (error) {
      if (__DEV__) console.debug('[Fact Context] card not shown:', error);
    }
  }

  /**
   * Says `text` through the live region (a screen reader reads it when it is idle). The region is emptied first
   * and filled a moment later, so that a region just created, or the same text twice, is still announced.
   */
  announce(text: string): void {
    try {
      if (!this.live) this.create();
    } catch {
      return;
    }
    const live = this.live!;
    live.textContent = '';
    cancel(this.liveTimer);
    this.liveTimer = later(() => (live.textContent = text), 100);
  }

  /** Removes the host element from the page. */
  destroy(): void {
    cancel(this.liveTimer);
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.mount = undefined;
    this.live = undefined;
  }

  private create(): HTMLElement {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    if (!adopt(root)) {
      const style = document.createElement('style');
      style.textContent = css;
      root.append(style);
    }
    const live = document.createElement('div');
    live.setAttribute(ROOT_MARKER, '');
    live.className = 'announce';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    const mount = document.createElement('div');
    root.append(live, mount);
    addOwnHost(host);
    document.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.mount = mount;
    this.live = live;
    return mount;
  }
}

/** Uses a constructed stylesheet (immune to the page's style-src CSP); false where that is not possible. */
function adopt(root: ShadowRoot): boolean {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return root.adoptedStyleSheets.length === 1;
  } catch {
    // Firefox content scripts cannot hand a content-side array to the page's root (Xray wrappers).
    return false;
  }
}
