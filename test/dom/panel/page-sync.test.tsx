/** Following the reader: the followed tab's mentions, tab switches, live updates, "Show in panel", pending requests, restricted pages. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../../fake-browser';
import { App } from '../../../src/panel/components/App';
import { startPageSync } from '../../../src/panel/page-sync';
import { histories, page, tabId, view } from '../../../src/panel/state';

vi.mock('../../../src/shared/browser', () => import('../../fake-browser'));

const CHANNEL = 'fact-context/v1';
const ok = (value: unknown) => ({ ok: true, value });
const fromBackground = { id: 'fact-context-test' };
const deliver = (type: string, data: unknown, sender: object = fromBackground) =>
  browser.runtime.onMessage.fire({ channel: CHANNEL, type, data }, sender);
const tick = () => new Promise((r) => setTimeout(r, 0));
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

/** What each tab's page holds: tab 1 mentions Putin twice (one in a sub-frame), tab 2 Kyiv once, tab 3 is restricted, tab 4 has no content script. */
function fakePages(mentionsOfTab1 = 2) {
  browser.runtime.sendMessage.mockImplementation(async (message: any) => {
    if (message.type === 'ping') return ok({ version: '0.0.0', browser: 'chrome' });
    if (message.type !== 'get-tab-state') return undefined;
    const id = message.data.tabId as number;
    const frames =
      id === 1
        ? {
            0: { url: 'https://a.example/', title: 'Tab one', counts: {}, total: 0, capped: false },
            5: { url: 'https://a.example/f', title: '', counts: {}, total: 0, capped: false },
          }
        : {};
    return ok({
      tabId: id,
      frames,
      url: id === 3 ? 'chrome://settings/' : `https://tab${id}.example/`,
      restricted: id === 3,
    });
  });
  browser.tabs.sendMessage.mockImplementation(async (id: number, message: any, options?: { frameId?: number }) => {
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
    if (id === 1 && options?.frameId === 0)
      return list(Array.from({ length: mentionsOfTab1 - 1 }, (_, n) => mention('putin', n)));
    if (id === 1) return list([mention('putin', 0)]);
    return list(id === 2 ? [mention('kyiv', 0)] : []);
  });
}

describe('page sync', () => {
  let lifetime: AbortController;
  beforeEach(async () => {
    tabId.value = undefined;
    histories.value = {};
    browser.storage.session.data.clear();
    fakePages();
    lifetime = new AbortController();
    render(<App />);
    await startPageSync(lifetime.signal);
    await until(() => page.value.status === 'ready');
  });
  afterEach(() => {
    lifetime.abort();
    cleanup();
  });

  it('follows the active tab of its window and counts mentions over all frames', async () => {
    expect(tabId.value).toBe(1);
    expect(page.value.counts).toEqual({ putin: 2 });
    expect(page.value.mentions.map((m) => m.frameId)).toEqual([0, 5]);
    expect(await screen.findByText('2 mentions')).toBeTruthy();
    expect(screen.getByTestId('status').textContent).toBe('connected (chrome 0.0.0)');
  });

  it('refreshes in place when the page’s mentions change, ignoring other tabs', async () => {
    fakePages(4);
    deliver('tab-state-changed', { tabId: 2 });
    await new Promise((r) => setTimeout(r, 250));
    expect(page.value.counts).toEqual({ putin: 2 });
    deliver('tab-state-changed', { tabId: 1 });
    await until(() => page.value.counts.putin === 4);
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
    deliver('search-for', { text: 'Selenskyj' });
    expect(view.value).toEqual({ name: 'search', query: 'Selenskyj' });
  });

  it('ignores panel messages from content scripts', () => {
    deliver('select-actor', { tabId: 1, actorId: 'putin' }, { ...fromBackground, tab: { id: 1 } });
    expect(view.value).toEqual({ name: 'page' });
  });

  it('applies, once, what the background stored for a panel that was not open yet', async () => {
    browser.storage.session.data.set('pending:2', { actorId: 'kyiv', at: Date.now() });
    browser.tabs.onActivated.fire({ tabId: 2, windowId: 7 });
    await until(() => view.value.name === 'actor');
    expect(view.value).toEqual({ name: 'actor', actorId: 'kyiv' });
    expect(browser.storage.session.data.has('pending:2')).toBe(false);
  });

  it('says when the extension cannot run on the page, or did not answer', async () => {
    browser.tabs.onActivated.fire({ tabId: 3, windowId: 7 });
    await until(() => page.value.status === 'restricted');
    expect((await screen.findByRole('note')).textContent).toMatch(/cannot run on this page/);
    browser.tabs.onActivated.fire({ tabId: 4, windowId: 7 });
    await until(() => page.value.status === 'unavailable');
    await tick();
    expect(screen.getByRole('note').textContent).toMatch(/Reload the page/);
    // A list that does not read as one counts as no answer, not as an empty page.
    browser.tabs.onActivated.fire({ tabId: 1, windowId: 7 });
    await until(() => page.value.status === 'ready');
    browser.tabs.onActivated.fire({ tabId: 6, windowId: 7 });
    await until(() => page.value.status === 'unavailable');
  });
});
