/**
 * The background against a compromised content script: each message only from the context its rule names, the
 * tab always the sender's, every field checked, nothing of a page's address or title kept.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../../fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.hoisted(() => {
  (globalThis as Record<string, unknown>).__BROWSER__ = 'chrome';
  (globalThis as Record<string, unknown>).__DEV__ = false;
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
    ],
  },
}));

const envelope = (type: string, data: unknown) => ({ channel: 'fact-context/v1', type, data });
const contentScript = (tabId: number, frameId = 0) => ({
  id: 'fact-context-test',
  tab: { id: tabId, windowId: 1 },
  frameId,
  url: 'https://evil.example/page?token=secret',
});
const panel = { id: 'fact-context-test', url: 'chrome-extension://fact-context-test/panel.html' };
/** Firefox: an extension page open in a tab has a `tab` too. */
const panelInTab = { ...panel, tab: { id: 3, windowId: 1 } };
const send = async (type: string, data: unknown, sender: object) => {
  const answers = fake.browser.runtime.onMessage.fire(envelope(type, data), sender).filter(Boolean);
  return answers.length ? await answers[0] : undefined;
};
const goodSummary = {
  url: 'https://evil.example/?token=secret',
  title: 'Secret title',
  counts: { putin: 2 },
  total: 2,
  capped: false,
};

beforeAll(async () => {
  fake.browser = createFakeBrowser();
  await import('../../../src/background/index');
});

describe('sender rules', () => {
  it('answers get-tab-state to the extension’s pages only, never to a content script', async () => {
    expect(await send('get-tab-state', { tabId: 5 }, contentScript(9))).toBeUndefined();
    expect(
      await send('get-tab-state', { tabId: 5 }, { id: 'fact-context-test', url: 'https://evil.example/' }),
    ).toBeUndefined();
    expect(await send('get-tab-state', { tabId: 5 }, { ...panel, id: 'another-extension' })).toBeUndefined();
    expect(await send('get-tab-state', { tabId: 5 }, panel)).toMatchObject({ ok: true, value: { tabId: 5 } });
    expect(await send('get-tab-state', { tabId: 5 }, panelInTab)).toMatchObject({ ok: true, value: { tabId: 5 } });
  });

  it('takes content-script messages only from a frame of a tab, and acts on the sender’s tab', async () => {
    expect(await send('frame-summary', goodSummary, panel)).toBeUndefined();
    expect(await send('frame-summary', goodSummary, { ...contentScript(26), tab: undefined })).toBeUndefined();
    expect(await send('frame-summary', goodSummary, { ...contentScript(26), frameId: undefined })).toBeUndefined();
    // The onboarding page runs the content script's code on its demo, in a tab of its own.
    expect(await send('frame-summary', goodSummary, { ...panelInTab, frameId: 0 })).toEqual({ ok: true, value: null });
    expect(await send('frame-summary', { ...goodSummary, tabId: 99 }, contentScript(21))).toEqual({
      ok: true,
      value: null,
    });
    expect(fake.browser.storage.session.data.has('tab:21')).toBe(true);
    expect(fake.browser.storage.session.data.has('tab:99')).toBe(false);
  });

  it('finds no handler or rule in a message named after an Object property', async () => {
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(await send(type, {}, panel)).toBeUndefined();
  });
});

describe('what is kept of a frame’s report', () => {
  it('keeps its counts, never its address or title, and gives the panel the tab’s address without query', async () => {
    await send('frame-summary', goodSummary, contentScript(22));
    const stored = JSON.stringify(fake.browser.storage.session.data.get('tab:22'));
    expect(stored).not.toMatch(/secret|Secret|evil/);
    expect(JSON.parse(stored)).toEqual({ tabId: 22, frames: { 0: { counts: { putin: 2 }, total: 2, capped: false } } });
    fake.browser.tabs.get.mockResolvedValueOnce({
      id: 22,
      windowId: 1,
      active: true,
      url: 'https://news.example/story?session=abc#frag',
      title: 'T'.repeat(5000),
    } as never);
    const answer = (await send('get-tab-state', { tabId: 22 }, panel)) as { value: { url: string; title: string } };
    expect(answer.value.url).toBe('https://news.example/story');
    expect(answer.value.title).toHaveLength(300);
  });

  it('refuses a malformed report and keeps the last good one', async () => {
    await send('frame-summary', goodSummary, contentScript(23));
    const bad = [
      null,
      'x',
      { ...goodSummary, counts: { nobody: 1 } },
      { ...goodSummary, counts: { putin: -1 } },
      { ...goodSummary, counts: { putin: 1.5 } },
      { ...goodSummary, counts: { putin: 1e12 }, total: 1e12 },
      { ...goodSummary, counts: { putin: 3 }, total: 1 },
      { ...goodSummary, counts: [] },
      { ...goodSummary, capped: 'yes' },
      { ...goodSummary, inactive: 'asleep' },
      { ...goodSummary, title: 42 },
      { ...goodSummary, counts: JSON.parse('{"__proto__": 5}') },
    ];
    for (const data of bad) expect(await send('frame-summary', data, contentScript(23))).toMatchObject({ ok: false });
    expect(fake.browser.storage.session.data.get('tab:23')).toMatchObject({ frames: { 0: { counts: { putin: 2 } } } });
  });

  it('forgets a closed tab’s state and pending look-up, and a late report does not bring it back', async () => {
    await send('frame-summary', goodSummary, contentScript(24));
    fake.browser.storage.session.data.set('pending:24', { search: 'x', at: Date.now() });
    fake.browser.tabs.onRemoved.fire(24);
    await send('frame-summary', goodSummary, contentScript(24));
    await vi.waitFor(() => expect(fake.browser.storage.session.data.has('pending:24')).toBe(false));
    expect(fake.browser.storage.session.data.has('tab:24')).toBe(false);
  });
});

describe('find-mentions', () => {
  it('refuses a request larger than the cap, unknown languages, and a show-in-panel for an unknown actor', async () => {
    const huge = [['Putin '.repeat(200_000)]];
    expect(await send('find-mentions', { texts: huge, languages: ['en'] }, contentScript(25))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/characters in one request/),
    });
    expect(await send('find-mentions', { texts: [['Putin']], languages: ['xx'] }, contentScript(25))).toMatchObject({
      ok: false,
    });
    expect(await send('show-in-panel', { actorId: 'nobody' }, contentScript(25))).toMatchObject({ ok: false });
    expect(await send('find-mentions', { texts: [['Vladimir Putin']], languages: ['en'] }, contentScript(25))).toEqual({
      ok: true,
      value: { actorIds: ['putin'], found: [[0, 14, 0]] },
    });
  });
});
