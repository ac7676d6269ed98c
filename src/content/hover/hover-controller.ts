/**
 * Hover-card behaviour, after MediaWiki Page Previews and wikipedia-preview: open after a dwell on a name,
 * stay open while the pointer is on the name or the card, close after a grace delay when it leaves both,
 * and on Escape (WCAG 1.4.13: dismissible, hoverable, persistent). Touch: a tap on a name opens, a tap
 * elsewhere closes. Pointer moves are passive and throttled to animation frames.
 */
import { sendToBackground } from '../../shared/messaging';
import type { Settings } from '../../shared/settings';
import { actorById, groupOf } from '../actors';
import { cardViewNow, loadCardView, type CardView } from '../card/card-view';
import { cs } from '../card/strings';
import { mentionAtPoint, mentionRects } from './hit-test';
import type { MentionStore } from '../mentions/mention-store';
import type { PageMention } from '../mentions/page-mention';
import { later, cancel } from '../../shared/timers';

const GRACE_MS = 300;

export interface HoverDeps {
  store(): MentionStore | undefined;
  /** Every mention in page order (made in slices on a page with many: see Scanner.allMentions). */
  inOrder(): Promise<readonly PageMention[]>;
  settings(): Settings;
  /** Scrolls to a mention and flashes it. */
  reveal(m: PageMention): void;
  shadowRoots(): ShadowRoot[];
}

export class HoverController {
  /** The card, once its code is loaded (on the first card: see card-view.ts). */
  private view: CardView | undefined;
  private viewLoading: Promise<CardView | undefined> | undefined;
  private destroyed = false;
  private readonly abort = new AbortController();
  private shown: PageMention | undefined;
  private candidate: PageMention | undefined;
  private dwellTimer = 0;
  private laterTimer = 0;
  private graceTimer = 0;
  private frame = 0;
  private pointer = { x: 0, y: 0, target: null as EventTarget | null };
  private line: DOMRect | undefined;
  private returnFocus: Element | null = null;
  private hint: string | undefined;
  /** Bumped whenever the card changes; answers for an older card are dropped. */
  private token = 0;

  constructor(private readonly deps: HoverDeps) {
    const options = { capture: true, passive: true, signal: this.abort.signal };
    window.addEventListener('pointermove', (e) => this.onPointerMove(e), options);
    window.addEventListener('pointerup', (e) => this.onPointerUp(e), options);
    window.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal: this.abort.signal });
  }

  /** The mention whose card is open. */
  get current(): PageMention | undefined {
    return this.shown;
  }

  /** The card's view, if its code is loaded. */
  get card(): CardView | undefined {
    return this.view;
  }

  /** Runs `then` with the card's view: at once when it is loaded, else once its code arrives. */
  private withView(then: (view: CardView) => void): void {
    this.view ??= cardViewNow();
    if (this.view) return then(this.view);
    this.viewLoading ??= loadCardView();
    void this.viewLoading.then((view) => {
      if (this.destroyed || !view) return;
      this.view ??= view;
      then(this.view);
    });
  }

  private contains(node: EventTarget | null): boolean {
    return this.view?.contains(node) ?? false;
  }

  /** Opens the card for a mention (keyboard: with focus inside). */
  open(m: PageMention, options: { focus?: boolean; rect?: DOMRect } = {}): void {
    const actor = actorById(m.actorId);
    if (!actor) return;
    this.cancelGrace();
    cancel(this.dwellTimer);
    if (options.focus && !this.contains(document.activeElement)) this.returnFocus = document.activeElement;
    if (this.shown !== m) this.hint = undefined;
    this.shown = m;
    const token = ++this.token;
    this.line = options.rect ?? mentionRects(m)[0];
    this.withView((view) => {
      if (token !== this.token) return; // another card, or none, since
      this.renderCard();
      view.follow(this.anchor(m), () => this.pointer);
      if (options.focus) (view.cardElement?.querySelector('button.primary') as HTMLElement | null)?.focus();
    });
  }

  /** Opens a card once a scroll to it has settled, with focus inside (keyboard and "Next mention"). */
  openLater(m: PageMention, ms = 350): void {
    cancel(this.laterTimer);
    this.laterTimer = later(() => this.open(m, { focus: true }), ms);
  }

  /**
   * Says which mention the keyboard walk reached and whose it is ("Mention 2 of 5: Emmanuel Macron, Person"),
   * for readers who cannot see the highlight or the scroll.
   */
  announceStep(m: PageMention, position: number, total: number): void {
    const actor = actorById(m.actorId);
    if (!actor) return;
    const kind = cs(`kind_${actor.kind}`);
    const same = m.text.replace(/\s+/g, ' ').toLowerCase() === actor.name.toLowerCase();
    const text = same
      ? cs('announce', position, total, actor.name, kind)
      : cs('announceMatched', position, total, m.text, actor.name, kind);
    this.withView((view) => view.announce(text));
  }

  /** Closes the card; focus goes back to where it was if it was inside the card. */
  close(): void {
    this.cancelGrace();
    cancel(this.dwellTimer);
    if (!this.shown) return;
    const hadFocus = this.contains(document.activeElement) || this.view?.cardElement?.matches(':focus-within');
    this.shown = undefined;
    this.candidate = undefined;
    this.token++;
    this.view?.hide();
    if (hadFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus();
    this.returnFocus = null;
  }

  /** Removes the card and every listener. */
  destroy(): void {
    cancel(this.laterTimer);
    this.close();
    this.destroyed = true;
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    this.view?.destroy();
  }

  private cancelGrace(): void {
    cancel(this.graceTimer);
    this.graceTimer = 0;
  }

  private renderCard(): void {
    const m = this.shown;
    const actor = m && actorById(m.actorId);
    if (!m || !actor) return;
    this.view?.show({
      actor,
      matched: m.text,
      hint: this.hint,
      onShowInPanel: () => this.showInPanel(m),
      onNextMention: () => this.nextMention(m),
      onClose: () => this.close(),
    });
  }

  private showInPanel(m: PageMention): void {
    const token = this.token;
    // Sent straight from the click, before any await: Chrome opens its side panel only within the gesture.
    void sendToBackground('show-in-panel', { actorId: m.actorId }).then((r) => {
      if (token !== this.token || this.shown !== m) return; // the card changed meanwhile
      this.hint = r.ok ? r.value.hint : cs('unreachable');
      this.renderCard();
    });
  }

  private nextMention(m: PageMention): void {
    const token = this.token;
    void this.deps.inOrder().then((all) => {
      if (token !== this.token) return; // the card changed meanwhile
      const same = all.filter((x) => x.actorId === m.actorId);
      const next = same[(same.indexOf(m) + 1) % same.length];
      if (!next) return;
      this.deps.reveal(next);
      // Open once the scroll has moved the name; focus stays in the card.
      this.openLater(next);
    });
  }

  /** The name the card belongs to, as the card's placement reads it. */
  private anchor(m: PageMention) {
    return {
      getBoundingClientRect: () => this.currentLine(m),
      getClientRects: () => mentionRects(m),
      contextElement: m.block,
    };
  }

  /** The line box of the name the pointer is on (names can wrap across lines). */
  private currentLine(m: PageMention): DOMRect {
    const rects = mentionRects(m);
    const near = rects.find(
      (r) => r.top <= this.pointer.y && r.bottom >= this.pointer.y && this.line && Math.abs(r.top - this.line.top) < 2,
    );
    return near ?? rects.find((r) => this.line && Math.abs(r.top - this.line.top) < 40) ?? rects[0] ?? new DOMRect();
  }

  // Only the reader's own pointer counts: a page's synthetic events (isTrusted false) could open the card where the
  // page likes, or tell that the extension is there.
  private onPointerMove(e: PointerEvent): void {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    const store = this.deps.store();
    if (!store || (store.size === 0 && !this.shown)) return;
    this.pointer = { x: e.clientX, y: e.clientY, target: e.target };
    if (!this.frame) this.frame = requestAnimationFrame(() => this.hitTest());
  }

  private onPointerUp(e: PointerEvent): void {
    if (!e.isTrusted || e.pointerType !== 'touch') return;
    if (this.contains(e.target)) return;
    this.pointer = { x: e.clientX, y: e.clientY, target: e.target };
    const hit = this.hit();
    if (hit) this.open(hit.mention, { rect: hit.rect });
    else this.close();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    // Escape also cancels a card still to open after a keyboard step: nothing may pop up after it.
    cancel(this.laterTimer);
    if (this.shown) {
      this.close();
      e.stopPropagation();
    }
  }

  private hit(): { mention: PageMention; rect: DOMRect } | undefined {
    const store = this.deps.store();
    const target = this.pointer.target;
    if (!store || !(target instanceof Element)) return undefined;
    // Nothing to test unless the pointer is over a block that has mentions (cheap: a few parent steps).
    if (!insideMentionBlock(store, target)) return undefined;
    const settings = this.deps.settings();
    const hit = mentionAtPoint(store, this.pointer.x, this.pointer.y, this.deps.shadowRoots());
    if (!hit || settings.highlightStyle === 'none' || !settings.groups[groupOf(hit.mention.actorId)]) return undefined;
    return hit;
  }

  private hitTest(): void {
    this.frame = 0;
    if (this.contains(this.pointer.target)) {
      this.cancelGrace(); // hoverable: the pointer is on the card
      return;
    }
    const hit = this.hit();
    if (hit && hit.mention === this.shown) {
      this.cancelGrace();
      this.candidate = hit.mention;
      return;
    }
    if (hit) {
      if (hit.mention !== this.candidate) {
        this.candidate = hit.mention;
        cancel(this.dwellTimer);
        this.dwellTimer = later(() => this.open(hit.mention, { rect: hit.rect }), this.deps.settings().hoverDelayMs);
      }
      return;
    }
    this.candidate = undefined;
    cancel(this.dwellTimer);
    if (this.shown && !this.graceTimer) {
      this.graceTimer = later(() => {
        this.graceTimer = 0;
        this.close();
      }, GRACE_MS);
    }
  }
}

/** True when the pointer's element is, or is inside, a block with mentions (it may be a link in the text). */
function insideMentionBlock(store: MentionStore, target: Element): boolean {
  for (let el: Element | null = target; el; el = el.parentElement) if (store.byBlock.has(el)) return true;
  return false;
}
