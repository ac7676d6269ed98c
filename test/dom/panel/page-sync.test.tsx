/** Following the reader: the followed tab's mentions, tab switches, live updates, "Show in panel", pending requests, restricted pages. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../../fake-browser';
import { App } from '../../../src/panel/components/App';
import { startPageSync } from '../../../src/panel/page-sync';
import { histories, page, tabId, view } from '../../../src/panel/state';

vi.mock('../../../src/shared/browser', () => import('../../fake-browser'));

const CHANNEL = 'fact-context/v1';
const ok = (value: unknown) => ({ ok: true, value });
const fromBackground = { id: 'fact-context-test', url: 'chrome-extension://fact-context-test/background.js' };
const deliver = (type: string, data: unknown, sender: object = fromBackground) =>
  browser.runtime.onMessage.fire({ channel: CHANNEL, type, data }, sender);
const tick = () => new Promise((r) => setTimeout(r, 0));
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

/**
 * What each tab's page holds: tab 1 mentions Putin `mentionsOfTab1` times (one in sub-frame 5), tab 2 Kyiv once,
 * tab 3 is restricted, tab 4 has no content script, tab 6's frame answers a list that is cut short, tab 8's a list
 * with malformed items among good ones. The background's frame counts say the same.
 */
function fakePages(mentionsOfTab1 = 2) {
  const frameCounts: Record<number, Record<number, Record<string, number>>> = {
    1: { 0: { putin: mentionsOfTab1 - 1 }, 5: { putin: 1 } },
    2: { 0: { kyiv: 1 } },
    6: { 0: { putin: 1 } },
    8: { 0: { putin: 3 } },
  };
  browser.runtime.sendMessage.mockImplementation(async (message: any) => {
    if (message.type !== 'get-tab-state') return undefined;
    const id = message.data.tabId as number;
    const frames = Object.fromEntries(
      Object.entries(frameCounts[id] ?? {}).map(([frameId, counts]) => [
        frameId,
        { counts, total: Object.values(counts).reduce((a, b) => a + b, 0), capped: false },
      ]),
    );
    return ok({
      tabId: id,
      frames,
      url: id === 3 ? 'chrome://settings/' : `https://tab${id}.example/`,
      title: `Tab ${id}`,
      restricted: id === 3,
    });
  });
  browser.tabs.sendMessage.mockImplementation(async (id: number, message: any, options?: { frameId?: number }) => {
    listed.push(`${id}:${options?.frameId}:${message.data?.actorId}`);
    if (message.type !== 'list-mentions' || id === 4) return undefined;
    if (id === 6) return ok({ itemsJson: '[{"n":0', capped: false }); // cut short
    const mention = (actorId: string, n: number) => ({
      n,
      order: n,
      actorId,
      kind: 'person',
      text: actorId,
      before: '',
      after: '',
    });
    const list = (items: unknown[]) => ok({ itemsJson: JSON.stringify(items), capped: false });
    if (id === 8)
      return list([
        mention('putin', 0),
        null,
        { ...mention('putin', 1), n: 'x' },
        { ...mention('putin', 1), before: { toString: 1 } },
        { ...mention('nobody', 1) },
        { ...mention('putin', 2), kind: 'alien' },
        mention('putin', 3),
      ]);
    if (id === 1 && options?.frameId === 0)
      return list(Array.from({ length: mentionsOfTab1 - 1 }, (_, n) => mention('putin', n)));
    if (id === 1) return list([mention('putin', 0)]);
    return list(id === 2 ? [mention('kyiv', 0)] : []);
  });
}

/** The list requests content scripts received: "tab:frame:actor". */
let listed: string[] = [];

describe('page sync', () => {
  let lifetime: AbortController;
  beforeEach(async () => {
    tabId.value = undefined;
    histories.value = {};
    browser.storage.session.data.clear();
    fakePages();
    listed = [];
    lifetime = new AbortController();
    render(<App />);
    await startPageSync(lifetime.signal);
    await until(() => page.value.status === 'ready');
  });
  afterEach(() => {
    lifetime.abort();
    cleanup();
  });

  it('follows the active tab of its window and counts mentions over all frames, asking no frame for mentions', async () => {
    expect(tabId.value).toBe(1);
    expect(page.value.counts).toEqual({ putin: 2 });
    expect(await screen.findByText('2 mentions')).toBeTruthy();
    expect(screen.getByText('Tab 1').tagName).toBe('BDI');
    expect(listed).toEqual([]);
  });

  it('fetches an actor’s mentions when the reader opens it, from the frames that count it, and again on changes', async () => {
    fireEvent.click(await screen.findByRole('button', { name: 'Show mentions of Vladimir Putin' }));
    await until(() => page.value.mentions.putin?.length === 2);
    expect(page.value.mentions.putin!.map((m) => m.frameId)).toEqual([0, 5]);
    expect(listed).toEqual(['1:0:putin', '1:5:putin']);
    expect(document.querySelectorAll('.mentions .mention').length).toBe(2);
    fakePages(3);
    deliver('tab-state-changed', { tabId: 1 });
    await until(() => page.value.mentions.putin?.length === 3);
  });

  it('leaves out malformed mention items a frame sends, and still shows the good ones', async () => {
    browser.tabs.onActivated.fire({ tabId: 8, windowId: 7 });
    await until(() => page.value.counts.putin === 3);
    fireEvent.click(await screen.findByRole('button', { name: 'Show mentions of Vladimir Putin' }));
    await until(() => page.value.mentions.putin !== undefined);
    expect(page.value.mentions.putin!.map((m) => m.n)).toEqual([0, 3]);
    expect(document.querySelectorAll('.mentions .mention').length).toBe(2);
  });

  it('refreshes in place when the page’s mentions change, ignoring other tabs', async () => {
    fakePages(4);
    deliver('tab-state-changed', { tabId: 2 });
    await new Promise((r) => setTimeout(r, 250));
    expect(page.value.counts).toEqual({ putin: 2 });
    deliver('tab-state-changed', { tabId: 1 });
    await until(() => page.value.counts.putin === 4);
  });

  it('keeps refreshing while a page reports changes faster than it refreshes', async () => {
    fakePages(5);
    const stop = setInterval(() => deliver('tab-state-changed', { tabId: 1 }), 20);
    try {
      await until(() => page.value.counts.putin === 5);
    } finally {
      clearInterval(stop);
    }
  });

  it('follows tab switches in its own window and remembers the view per tab', async () => {
    deliver('select-actor', { tabId: 1, actorId: 'putin' });
    expect(view.value).toEqual({ name: 'actor', actorId: 'putin' });
    browser.tabs.onActivated.fire({ tabId: 2, windowId: 99 });
    expect(tabId.value).toBe(1);
    browser.tabs.onActivated.fire({ tabId: 2, windowId: 7 });
    await until(() => page.value.counts.kyiv === 1);
    expect(view.value).toEqual({ name: 'page' });
    browser.tabs.onActivated.fire({ tabId: 1, windowId: 7 });
    expect(view.value).toEqual({ name: 'actor', actorId: 'putin' });
  });

  it('refreshes when the followed tab navigates', async () => {
    fakePages(3);
    browser.tabs.onUpdated.fire(1, { status: 'complete' });
    await until(() => page.value.counts.putin === 3);
  });

  it('shows the context-menu look-up in the search view', () => {
    deliver('search-for', { tabId: 1, text: 'Selenskyj' });
    expect(view.value).toEqual({ name: 'search', query: 'Selenskyj' });
  });

  it('neither shows nor remembers a look-up or "Show in panel" made in another tab (another window’s)', async () => {
    browser.storage.session.data.set('pending:9', { search: 'secret', at: Date.now() });
    deliver('search-for', { tabId: 9, text: 'secret' });
    deliver('select-actor', { tabId: 9, actorId: 'putin' });
    deliver('search-for', { text: 'no tab' });
    expect(view.value).toEqual({ name: 'page' });
    expect(histories.value).toEqual({});
    expect(browser.storage.session.data.has('pending:9')).toBe(true); // left for that tab's own panel
  });

  it('ignores panel messages from content scripts and from pages outside the extension, and malformed ones', () => {
    deliver('select-actor', { tabId: 1, actorId: 'putin' }, { ...fromBackground, tab: { id: 1 } });
    deliver('select-actor', { tabId: 1, actorId: 'putin' }, { id: 'fact-context-test', url: 'https://evil.example/' });
    deliver('select-actor', { tabId: 1, actorId: 'nobody' });
    deliver('search-for', { tabId: 1, text: { length: 3 } });
    deliver('constructor', { tabId: 1 });
    expect(view.value).toEqual({ name: 'page' });
  });

  it('applies, once, what the background stored for a panel that was not open yet', async () => {
    browser.storage.session.data.set('pending:2', { actorId: 'kyiv', at: Date.now() });
    browser.tabs.onActivated.fire({ tabId: 2, windowId: 7 });
    await until(() => view.value.name === 'actor');
    expect(view.value).toEqual({ name: 'actor', actorId: 'kyiv' });
    expect(browser.storage.session.data.has('pending:2')).toBe(false);
  });

  it('leaves another tab’s request to the panel that follows that tab (one opening in another window)', async () => {
    browser.storage.session.data.set('pending:5', { actorId: 'kyiv', at: Date.now() });
    deliver('select-actor', { tabId: 5, actorId: 'kyiv' });
    await tick();
    expect(tabId.value).toBe(1);
    expect(browser.storage.session.data.has('pending:5')).toBe(true);
    deliver('select-actor', { tabId: 1, actorId: 'putin' });
    await tick();
    expect(view.value).toEqual({ name: 'actor', actorId: 'putin' });
  });

  it('deletes, without applying, a request too old to be meant for this panel', async () => {
    browser.storage.session.data.set('pending:2', { actorId: 'kyiv', at: Date.now() - 6 * 60_000 });
    browser.tabs.onActivated.fire({ tabId: 2, windowId: 7 });
    await until(() => !browser.storage.session.data.has('pending:2'));
    expect(view.value).toEqual({ name: 'page' });
  });

  it('says when the extension cannot run on the page, or did not answer', async () => {
    browser.tabs.onActivated.fire({ tabId: 3, windowId: 7 });
    await until(() => page.value.status === 'restricted');
    expect((await screen.findByRole('note')).textContent).toMatch(/cannot run on this page/);
    browser.tabs.onActivated.fire({ tabId: 4, windowId: 7 });
    await until(() => page.value.status === 'unavailable');
    await tick();
    expect(screen.getByRole('note').textContent).toMatch(/Reload the page/);
    // A list that does not read as one adds no mention (the counts are the background's), and breaks nothing.
    browser.tabs.onActivated.fire({ tabId: 6, windowId: 7 });
    await until(() => page.value.counts.putin === 1);
    fireEvent.click(await screen.findByRole('button', { name: 'Show mentions of Vladimir Putin' }));
    await until(() => page.value.mentions.putin !== undefined);
    expect(page.value.mentions.putin).toEqual([]);
    expect(screen.getByText('1 actor found · 1 mention')).toBeTruthy();
  });
});
