/** The background's pieces: per-tab state that survives a worker restart, the badge, the context menu. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../../fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.hoisted(() => {
  (globalThis as Record<string, unknown>).__BROWSER__ = 'chrome';
  (globalThis as Record<string, unknown>).__DEV__ = true;
});
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
  extensionAlive: () => true,
}));
vi.mock('fact-context:content-share', () => ({
  default: {
    actors: [
      { id: 'putin', name: 'Vladimir Putin' },
      { id: 'kyiv', name: 'Kyiv' },
      { id: 'macron', name: 'Emmanuel Macron' },
    ],
  },
}));

const { MAX_FRAMES, clearTab, closeTab, keepTopFrame, readTabState, recordFrame, tabCounts } =
  await import('../../../src/background/tab-state');
const { badgeFor, updateBadge } = await import('../../../src/background/badge');
const { MENU_ID, onContextMenuClick } = await import('../../../src/background/context-menu');

/** A frame's counts as the background keeps them (`url` only names the frame in the test). */
const summary = (_url: string, counts: Record<string, number>) => ({
  counts,
  total: Object.values(counts).reduce((a, b) => a + b, 0),
  capped: false,
});
let sidePanelOpen: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fake.browser = createFakeBrowser();
  sidePanelOpen = vi.fn(async () => undefined);
  (globalThis as Record<string, unknown>).chrome = {
    sidePanel: { open: sidePanelOpen, setPanelBehavior: vi.fn(async () => undefined) },
  };
});

describe('tab state', () => {
  // The module keeps a copy of what it stored for the worker's lifetime: each test uses tabs of its own.
  it('keeps every frame when frames report at the same moment', async () => {
    await Promise.all([
      recordFrame(7, 0, summary('https://a.com/', { putin: 2 })),
      recordFrame(7, 3, summary('https://ads.com/', { kyiv: 1 })),
      recordFrame(7, 5, summary('https://b.com/', { putin: 1, macron: 4 })),
    ]);
    const state = await readTabState(7);
    expect(Object.keys(state.frames).sort()).toEqual(['0', '3', '5']);
    expect(tabCounts(state)).toEqual({ putin: 3, kyiv: 1, macron: 4 });
  });

  it('lives in storage.session, so a restarted worker reads it back', async () => {
    await recordFrame(8, 0, summary('https://a.com/', { putin: 2 }));
    expect(fake.browser.storage.session.data.get('tab:8')).toMatchObject({ frames: { 0: { counts: { putin: 2 } } } });
    vi.resetModules();
    const fresh = await import('../../../src/background/tab-state');
    expect(tabCounts(await fresh.readTabState(8))).toEqual({ putin: 2 });
  });

  it('drops the sub-frames when the page changes its address, and forgets a tab', async () => {
    await recordFrame(9, 0, summary('https://a.com/', { putin: 2 }));
    await recordFrame(9, 2, summary('https://ads.com/', { kyiv: 1 }));
    await keepTopFrame(9);
    expect(tabCounts(await readTabState(9))).toEqual({ putin: 2 });
    await recordFrame(9, 0, summary('https://a.com/next', { macron: 1 }));
    expect(tabCounts(await readTabState(9))).toEqual({ macron: 1 });
    await clearTab(9);
    expect(await readTabState(9)).toEqual({ tabId: 9, frames: {} });
  });

  it('keeps at most MAX_FRAMES frames of a tab', async () => {
    await Promise.all(
      Array.from({ length: MAX_FRAMES + 20 }, (_, i) => recordFrame(10, i, summary('u', { putin: 1 }))),
    );
    const state = await readTabState(10);
    expect(Object.keys(state.frames)).toHaveLength(MAX_FRAMES);
    expect(tabCounts(state)).toEqual({ putin: MAX_FRAMES });
  });

  it('stores nothing for a report that arrives after its tab closed', async () => {
    await recordFrame(11, 0, summary('u', { putin: 1 }));
    const late = recordFrame(11, 1, summary('u', { kyiv: 1 }));
    await closeTab(11);
    await late;
    await recordFrame(11, 0, summary('u', { putin: 4 }));
    expect(fake.browser.storage.session.data.has('tab:11')).toBe(false);
    expect(await readTabState(11)).toEqual({ tabId: 11, frames: {} });
  });

  it('keeps answering from memory when storage.session refuses a write (its quota is full)', async () => {
    fake.browser.storage.session.set.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const state = await recordFrame(12, 0, summary('u', { putin: 3 }));
    expect(tabCounts(state)).toEqual({ putin: 3 });
    expect(tabCounts(await readTabState(12))).toEqual({ putin: 3 });
  });
});

describe('badge', () => {
  it('counts distinct actors and lists them, most mentioned first, in the title', () => {
    const { text, title } = badgeFor({
      tabId: 1,
      frames: { 0: summary('u', { putin: 2, kyiv: 0 }), 1: summary('v', { macron: 5, putin: 1 }) },
    });
    expect(text).toBe('2');
    expect(title).toBe('actionTitle: Emmanuel Macron (5), Vladimir Putin (3)');
  });

  it('is empty when nothing is mentioned', () => {
    expect(badgeFor({ tabId: 1, frames: {} })).toEqual({ text: '', title: 'actionTitle' });
  });

  it('paints per tab and shrugs off a tab that closed meanwhile', async () => {
    await updateBadge({ tabId: 4, frames: { 0: summary('u', { putin: 1 }) } });
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '1' });
    fake.browser.action.setBadgeText.mockRejectedValueOnce(new Error('No tab with id: 4'));
    await expect(updateBadge({ tabId: 4, frames: {} })).resolves.toBeUndefined();
  });
});

describe('context menu', () => {
  const tab = { id: 9, windowId: 2, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

  it('opens the panel within the click, then stores and broadcasts the search', async () => {
    const done = onContextMenuClick({ menuItemId: MENU_ID, selectionText: '  Emmanuel Macron \n' }, tab);
    expect(sidePanelOpen).toHaveBeenCalledWith({ tabId: 9 }); // synchronously: the user gesture still counts
    await done;
    expect(fake.browser.storage.session.data.get('pending:9')).toMatchObject({ search: 'Emmanuel Macron' });
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith({
      channel: 'fact-context/v1',
      type: 'search-for',
      data: { tabId: 9, text: 'Emmanuel Macron' },
    });
  });

  it('ignores other menus, empty selections and clicks outside a tab', async () => {
    await onContextMenuClick({ menuItemId: 'other', selectionText: 'x' }, tab);
    await onContextMenuClick({ menuItemId: MENU_ID, selectionText: '' }, tab);
    await onContextMenuClick({ menuItemId: MENU_ID, selectionText: 'x' });
    expect(sidePanelOpen).not.toHaveBeenCalled();
    expect(fake.browser.storage.session.data.size).toBe(0);
  });

  it('caps a long selection', async () => {
    await onContextMenuClick({ menuItemId: MENU_ID, selectionText: 'a'.repeat(5000) }, tab);
    expect((fake.browser.storage.session.data.get('pending:9') as { search: string }).search).toHaveLength(200);
  });
});
