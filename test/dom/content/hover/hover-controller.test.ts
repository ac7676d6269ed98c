/**
 * The hover controller's timing with fake timers: open after the dwell (not before, not for a pointer just
 * passing), stay while on the name or the card, close after the grace delay or on Escape, touch taps, and
 * answers for a card no longer shown are dropped. Hit-testing and positioning are replaced: they need
 * layout, which happy-dom lacks (the e2e tests cover them in real browsers).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageMention } from '../../../../src/content/mentions/page-mention';

const hit = vi.hoisted(() => ({ under: undefined as PageMention | undefined }));
const messaging = vi.hoisted(() => ({
  answer: undefined as ((v: unknown) => void) | undefined,
  calls: [] as unknown[],
}));

vi.mock('../../../../src/shared/share', async () => {
  const { toContentShare } = await import('../../../../src/data/content-share');
  const { articleData } = await import('../../../../src/data/article-data');
  return { share: toContentShare(articleData) };
});
vi.mock('../../../../src/shared/browser', () => import('../../../fake-browser'));
vi.mock('../../../../src/content/card/card.css', () => ({ default: '' }));
vi.mock('../../../../src/content/hover/hit-test', () => ({
  mentionAtPoint: () => (hit.under ? { mention: hit.under, rect: new DOMRect(0, 0, 50, 20) } : undefined),
  mentionRects: () => [new DOMRect(0, 0, 50, 20)],
}));
vi.mock('@floating-ui/dom', () => ({
  autoUpdate: () => () => undefined,
  computePosition: () => Promise.resolve({ x: 0, y: 0 }),
  inline: () => ({}),
  offset: () => ({}),
  flip: () => ({}),
  shift: () => ({}),
}));
vi.mock('../../../../src/shared/messaging', () => ({
  sendToBackground: (type: string, data: unknown) => {
    messaging.calls.push({ type, data });
    return new Promise((resolve) => (messaging.answer = resolve));
  },
}));

// The card's code, as the background injects it on a frame's first card (card.js).
await import('../../../../src/card/index');
const { HoverController } = await import('../../../../src/content/hover/hover-controller');
const { defaults } = await import('../../../../src/shared/settings');

let block: HTMLElement;
let putin: PageMention;
let trump: PageMention;
let hover: InstanceType<typeof HoverController>;
/** The page's mentions in order, as the scanner would list them; and the controller's scroll-to calls. */
let ordered: PageMention[];
let reveal: ReturnType<typeof vi.fn<(m: PageMention) => void>>;

function mention(actorId: string, text: string): PageMention {
  const node = document.createTextNode(text);
  block.append(node, ' ');
  return new PageMention(actorId, node, 0, node, text.length, [node], block);
}

function move(
  target: EventTarget,
  over: PageMention | undefined,
  type = 'pointermove',
  pointerType = 'mouse',
  isTrusted = true,
): void {
  hit.under = over;
  const event = new PointerEvent(type, { bubbles: true, composed: true, clientX: 10, clientY: 10, pointerType });
  // The browser's own input is trusted; a page's dispatchEvent is not (the DOM environment sets neither).
  Object.defineProperty(event, 'isTrusted', { value: isTrusted });
  target.dispatchEvent(event);
}

/** The card's text (the shadow root is closed; the controller's host object holds the card element). */
const cardText = () => hover.card!.cardElement?.textContent ?? null;

describe('HoverController timing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="text"></p><p id="plain">nobody</p>';
    block = document.getElementById('text')!;
    putin = mention('putin', 'Vladimir Putin');
    trump = mention('trump', 'Donald Trump');
    ordered = [putin, trump];
    reveal = vi.fn<(m: PageMention) => void>();
    const store = { size: 2, byBlock: new Map([[block, [putin, trump]]]) };
    const settings = { ...defaults, hoverDelayMs: 300 };
    hover = new HoverController({
      store: () => store as never,
      inOrder: () => Promise.resolve(ordered),
      settings: () => settings,
      reveal,
      shadowRoots: () => [],
    });
    messaging.calls = [];
  });
  afterEach(() => {
    hover.destroy();
    vi.useRealTimers();
  });

  it('opens after the dwell, not before', () => {
    move(block, putin);
    vi.advanceTimersByTime(250);
    expect(hover.current).toBeUndefined();
    vi.advanceTimersByTime(100);
    expect(hover.current).toBe(putin);
    expect(cardText()).toContain('Vladimir Putin');
    expect(document.querySelectorAll(':root > div')).toHaveLength(1);
  });

  it('opens nothing for a pointer just passing over a name', () => {
    move(block, putin);
    vi.advanceTimersByTime(150);
    move(document.getElementById('plain')!, undefined);
    vi.advanceTimersByTime(1000);
    expect(hover.current).toBeUndefined();
    expect(document.querySelector(':root > div')).toBeNull(); // the host is created on first use only
  });

  it('restarts the dwell when the pointer moves to another name', () => {
    move(block, putin);
    vi.advanceTimersByTime(200);
    move(block, trump);
    vi.advanceTimersByTime(200);
    expect(hover.current).toBeUndefined();
    vi.advanceTimersByTime(150);
    expect(hover.current).toBe(trump);
  });

  it('closes after the grace delay when the pointer leaves, and stays when it comes back in time', () => {
    move(block, putin);
    vi.advanceTimersByTime(400);
    move(document.getElementById('plain')!, undefined);
    vi.advanceTimersByTime(200);
    expect(hover.current).toBe(putin); // still within the grace delay
    move(block, putin); // back on the name
    vi.advanceTimersByTime(1000);
    expect(hover.current).toBe(putin);
    move(document.getElementById('plain')!, undefined);
    vi.advanceTimersByTime(250);
    expect(hover.current).toBe(putin);
    vi.advanceTimersByTime(100);
    expect(hover.current).toBeUndefined();
    expect(cardText()).toBeNull();
  });

  it('stays open while the pointer is on the card (hoverable)', () => {
    move(block, putin);
    vi.advanceTimersByTime(400);
    move(document.getElementById('plain')!, undefined); // through the gap between name and card
    vi.advanceTimersByTime(100);
    move(hover.card!.cardElement!, undefined); // composed: the page sees our host as the target
    vi.advanceTimersByTime(2000);
    expect(hover.current).toBe(putin);
  });

  it('Escape cancels a card still to open after a keyboard step', () => {
    hover.openLater(putin);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(hover.current).toBeUndefined();
  });

  it('closes on Escape', () => {
    move(block, putin);
    vi.advanceTimersByTime(400);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(hover.current).toBeUndefined();
  });

  it('opens with focus inside for the keyboard, and gives focus back on Escape', () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    hover.open(putin, { focus: true });
    expect(hover.card!.cardElement!.querySelector('button.primary')).toBe(
      hover.card!.cardElement!.ownerDocument && (hover.card!.cardElement!.getRootNode() as ShadowRoot).activeElement,
    );
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.activeElement).toBe(before);
  });

  it('announces the mention the keyboard walk reached, and whose it is, in a polite live region of its own root', () => {
    // The root is closed in the product; opened here so that the test can read the region.
    const attach = Element.prototype.attachShadow;
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
      this: Element,
      init: ShadowRootInit,
    ) {
      return attach.call(this, { ...init, mode: 'open' });
    });
    try {
      const selenskyj = mention('zelenskyy', 'Selenskyj');
      const outside = document.body.innerHTML;
      hover.announceStep(trump, 2, 5);
      const host = document.querySelector(':root > div')!;
      const region = host.shadowRoot!.querySelector('[role="status"]')!;
      expect(region.getAttribute('aria-live')).toBe('polite');
      expect(region.textContent).toBe(''); // filled a moment later, so that a new region is still read
      vi.advanceTimersByTime(150);
      expect(region.textContent).toBe('Mention 2 of 5: Donald Trump, Person');
      // A name the page spells differently is said as the page has it, then whose it is.
      hover.announceStep(selenskyj, 1, 5);
      vi.advanceTimersByTime(150);
      expect(region.textContent).toBe('Mention 1 of 5: “Selenskyj”, Volodymyr Zelenskyy, Person');
      // Nothing of it in the page's own DOM: only our host element, appended to <html>.
      expect(document.body.innerHTML).toBe(outside);
      expect(document.querySelectorAll('[role="status"], [aria-live]')).toHaveLength(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('ignores a page’s synthetic pointer moves and taps (not trusted), however long they dwell', () => {
    move(block, putin, 'pointermove', 'mouse', false);
    vi.advanceTimersByTime(1000);
    move(block, putin, 'pointerup', 'touch', false);
    expect(hover.current).toBeUndefined();
    expect(document.querySelectorAll(':root > div')).toHaveLength(0);
    move(block, putin);
    vi.advanceTimersByTime(400);
    expect(hover.current).toBe(putin);
  });

  it('opens on a tap and closes on a tap elsewhere (touch)', () => {
    move(block, putin, 'pointerup', 'touch');
    expect(hover.current).toBe(putin); // no dwell for a tap
    move(document.getElementById('plain')!, undefined, 'pointerup', 'touch');
    expect(hover.current).toBeUndefined();
  });

  it('"Next mention" goes to the actor’s next mention in page order, opens its card, and wraps around', async () => {
    const again = mention('putin', 'Putin');
    ordered = [putin, trump, again];
    const next = () =>
      [...hover.card!.cardElement!.querySelectorAll('button')].find((b) => b.textContent === 'Next mention')!.click();
    hover.open(putin);
    next();
    await vi.advanceTimersByTimeAsync(0);
    expect(reveal).toHaveBeenLastCalledWith(again); // not Trump's, in between
    await vi.advanceTimersByTimeAsync(400);
    expect(hover.current).toBe(again);
    next();
    await vi.advanceTimersByTimeAsync(400);
    expect(reveal).toHaveBeenLastCalledWith(putin);
    expect(hover.current).toBe(putin);
    expect(reveal).toHaveBeenCalledTimes(2);
  });

  it('shows the hint "Show in panel" answers with, and drops an answer for a card no longer shown', async () => {
    hover.open(putin);
    (hover.card!.cardElement!.querySelector('button.primary') as HTMLButtonElement).click();
    expect(messaging.calls).toEqual([{ type: 'show-in-panel', data: { actorId: 'putin' } }]); // sent at once, within the click
    messaging.answer!({ ok: true, value: { opened: false, hint: 'Open the sidebar.' } });
    await vi.runAllTimersAsync();
    expect(hover.card!.cardElement!.querySelector('[role="status"]')!.textContent).toBe('Open the sidebar.');

    (hover.card!.cardElement!.querySelector('button.primary') as HTMLButtonElement).click();
    const late = messaging.answer!;
    hover.open(trump); // the reader moved on before the answer came
    late({ ok: true, value: { opened: false, hint: 'Stale.' } });
    await vi.runAllTimersAsync();
    expect(hover.current).toBe(trump);
    expect(cardText()).not.toContain('Stale.');
    expect(hover.card!.cardElement!.querySelector('[role="status"]')).toBeNull();
  });
});
