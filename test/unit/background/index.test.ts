/** The background entry: listeners registered at start-up, the sender check, navigation and install. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../../fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.hoisted(() => {
  (globalThis as Record<string, unknown>).__BROWSER__ = 'firefox';
  (globalThis as Record<string, unknown>).__DEV__ = true;
});
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
  extensionAlive: () => true,
}));
vi.mock('fact-context:content-share', () => ({ default: { actors: [{ id: 'putin', name: 'Vladimir Putin' }] } }));

const envelope = (type: string, data: unknown) => ({ channel: 'fact-context/v1', type, data });
const page = (tabId: number) => ({
  id: 'fact-context-test',
  tab: { id: tabId, windowId: 1 },
  frameId: 0,
  url: 'https://a.com/',
});

beforeAll(async () => {
  fake.browser = createFakeBrowser();
  await import('../../../src/background/index');
});

describe('the background', () => {
  it('registers every listener synchronously at start-up (a stopped worker wakes up for them)', () => {
    for (const event of [
      fake.browser.runtime.onMessage,
      fake.browser.runtime.onConnect,
      fake.browser.tabs.onUpdated,
      fake.browser.tabs.onRemoved,
      fake.browser.commands.onCommand,
      fake.browser.contextMenus.onClicked,
      fake.browser.runtime.onInstalled,
      fake.browser.action.onClicked,
    ]) {
      expect(event.size).toBeGreaterThan(0);
    }
  });

  it('records a frame summary and paints the badge', async () => {
    const [answer] = fake.browser.runtime.onMessage.fire(
      envelope('frame-summary', { url: 'https://a.com/', title: 'A', counts: { putin: 3 }, total: 3, capped: false }),
      page(5),
    );
    expect(await answer).toEqual({ ok: true, value: null });
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '1' });
  });

  it('answers a content script’s find-mentions with packed mentions, and a malformed one with an error', async () => {
    const texts = [['Vladimir ', 'Putin', ' spoke.'], ['Nothing.']];
    const [answer] = fake.browser.runtime.onMessage.fire(
      envelope('find-mentions', { texts, languages: ['en'] }),
      page(5),
    );
    expect(await answer).toEqual({ ok: true, value: { actorIds: ['putin'], found: [[0, 14, 0], []] } });
    const [bad] = fake.browser.runtime.onMessage.fire(
      envelope('find-mentions', { texts: 'Putin', languages: ['en'] }),
      page(5),
    );
    expect(await bad).toEqual({ ok: false, error: expect.stringMatching(/texts must be an array of texts/) });
  });

  it('ignores messages from other extensions and unknown envelopes', () => {
    const answers = [
      ...fake.browser.runtime.onMessage.fire(envelope('frame-summary', {}), { ...page(5), id: 'someone-else' }),
      ...fake.browser.runtime.onMessage.fire({ type: 'frame-summary' }, page(5)),
    ];
    expect(answers.filter(Boolean)).toEqual([]);
  });

  it('tells the panel which tabs it cannot work on: browser pages, and pages whose address it may not read', async () => {
    const state = async (url: string | undefined) => {
      fake.browser.tabs.get.mockResolvedValueOnce({ id: 9, windowId: 1, active: true, url: url! });
      const [answer] = fake.browser.runtime.onMessage.fire(envelope('get-tab-state', { tabId: 9 }), {
        id: 'fact-context-test',
        url: 'chrome-extension://fact-context-test/panel.html',
      });
      return ((await answer) as { value: { restricted: boolean } }).value.restricted;
    };
    expect(await state('https://news.example/story')).toBe(false);
    expect(await state('file:///home/reader/saved.html')).toBe(false);
    expect(await state('chrome://extensions/')).toBe(true);
    expect(await state('about:addons')).toBe(true);
    expect(await state(undefined)).toBe(true);
  });

  it('clears a tab and its badge when a new page starts loading', async () => {
    fake.browser.tabs.onUpdated.fire(5, { status: 'loading', url: 'https://b.com/' });
    await vi.waitFor(() => expect(fake.browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 5, text: '' }));
    expect(fake.browser.storage.session.data.has('tab:5')).toBe(false);
  });

  it('opens the onboarding page on install only, and creates the menu', async () => {
    fake.browser.runtime.onInstalled.fire({ reason: 'update' });
    expect(fake.browser.tabs.create).not.toHaveBeenCalled();
    fake.browser.runtime.onInstalled.fire({ reason: 'install' });
    expect(fake.browser.tabs.create).toHaveBeenCalledWith({
      url: 'chrome-extension://fact-context-test/onboarding.html',
    });
    await vi.waitFor(() =>
      expect(fake.browser.contextMenus.create).toHaveBeenCalledWith(
        expect.objectContaining({ contexts: ['selection'] }),
      ),
    );
  });

  it('sends keyboard steps to the tab, and lets the dev hook be used only by the extension’s own pages', async () => {
    fake.browser.commands.onCommand.fire('next-mention', { id: 5 });
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(5, envelope('step-mention', { direction: 1 }), {
      frameId: 0,
    });
    const dev = {
      channel: 'fact-context/dev',
      type: 'context-menu-click',
      info: { menuItemId: 'fact-context-lookup', selectionText: 'Putin' },
      tabId: 5,
    };
    expect(fake.browser.runtime.onMessage.fire(dev, page(5)).filter(Boolean)).toEqual([]);
    const own = { id: 'fact-context-test', url: 'chrome-extension://fact-context-test/options.html' };
    await Promise.all(fake.browser.runtime.onMessage.fire(dev, own));
    expect(fake.browser.storage.session.data.get('pending:5')).toMatchObject({ search: 'Putin' });
  });

  describe('the sentinel’s report', () => {
    const frame = (tabId: number, frameId: number, url = 'https://news.example/story') => ({
      id: 'fact-context-test',
      tab: { id: tabId, windowId: 1, url },
      frameId,
      url,
    });
    const report = async (keys: unknown, sender: ReturnType<typeof frame>) =>
      (await fake.browser.runtime.onMessage.fire(envelope('sentinel', { keys }), sender)[0]) as {
        ok: boolean;
        value?: { started: boolean };
        error?: string;
      };
    const injectedInto = () =>
      fake.browser.scripting.executeScript.mock.calls.map(([{ target, files }]) => ({ target, files }));

    it('injects the highlight styles and the content script into the one frame whose text may name an actor', async () => {
      fake.browser.scripting.executeScript.mockClear();
      fake.browser.scripting.insertCSS.mockClear();
      expect(await report(true, frame(21, 7))).toEqual({ ok: true, value: { started: true } });
      expect(injectedInto()).toEqual([{ target: { tabId: 21, frameIds: [7] }, files: ['content.js'] }]);
      expect(fake.browser.scripting.insertCSS).toHaveBeenCalledWith({
        target: { tabId: 21, frameIds: [7] },
        files: ['content.css'],
      });
    });

    it('injects nothing where nobody is named: the top frame is recorded as empty, a sub-frame not at all', async () => {
      fake.browser.scripting.executeScript.mockClear();
      expect(await report(false, frame(22, 0))).toEqual({ ok: true, value: { started: false } });
      expect(await report(false, frame(22, 3))).toEqual({ ok: true, value: { started: false } });
      expect(injectedInto()).toEqual([]);
      expect(fake.browser.storage.session.data.get('tab:22')).toEqual({
        tabId: 22,
        frames: { 0: { counts: {}, total: 0, capped: false } },
      });
    });

    it('injects nothing on a paused site or when switched off, and says which in the top frame’s state', async () => {
      fake.browser.scripting.executeScript.mockClear();
      await fake.browser.storage.sync.set({ pausedSites: ['news.example'] });
      expect(await report(true, frame(23, 0))).toEqual({ ok: true, value: { started: false } });
      expect(fake.browser.storage.session.data.get('tab:23')).toMatchObject({ frames: { 0: { inactive: 'paused' } } });
      await fake.browser.storage.sync.set({ pausedSites: [], enabled: false });
      expect(await report(true, frame(23, 0))).toEqual({ ok: true, value: { started: false } });
      expect(fake.browser.storage.session.data.get('tab:23')).toMatchObject({
        frames: { 0: { inactive: 'disabled' } },
      });
      expect(injectedInto()).toEqual([]);
      await fake.browser.storage.sync.set({ enabled: true });
      expect(await report(true, frame(23, 0))).toEqual({ ok: true, value: { started: true } });
    });

    it('answers started: false when the frame refused the injection (it navigated away), and refuses a malformed report', async () => {
      fake.browser.scripting.executeScript.mockRejectedValueOnce(new Error('Frame with ID 4 was removed.'));
      expect(await report(true, frame(24, 4))).toEqual({ ok: true, value: { started: false } });
      expect(await report('yes', frame(24, 4))).toEqual({
        ok: false,
        error: 'sentinel: keys must be true or false',
      });
    });

    it('injects the card’s code into the frame that asks for it on its first card, and only for a tab’s frame', async () => {
      fake.browser.scripting.executeScript.mockClear();
      await fake.browser.runtime.onMessage.fire(envelope('load-card', {}), frame(25, 2))[0];
      expect(injectedInto()).toEqual([{ target: { tabId: 25, frameIds: [2] }, files: ['card.js'] }]);
      const fromPage = fake.browser.runtime.onMessage.fire(envelope('load-card', {}), {
        id: 'fact-context-test',
        url: 'https://evil.example/',
      } as never);
      expect(fromPage.filter(Boolean)).toEqual([]);
    });
  });
});
