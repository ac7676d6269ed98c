/**
 * A content script's port to the background: its requests are answered by the background's own handlers, one
 * port carries many, and a port that goes away (a stopped worker, a reloaded extension, a quiet page) costs
 * a failed request at most, never a thrown error or a lost answer on the next try.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, fakePortPair, type FakeBrowser, type FakePort } from '../../fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
}));

const { fromContentScript, fromExtensionPage, onMessages } = await import('../../../src/shared/messaging');
const { PORT_IDLE_MS, portToBackground } = await import('../../../src/shared/background-port');
import type { BackgroundMessages } from '../../../src/shared/protocol';

const FRAME = { id: 'fact-context-test', tab: { id: 7, windowId: 1 }, frameId: 2, url: 'https://news.example/' };
/** The background ends of the ports opened so far. */
let servers: FakePort[];
let stopServing: () => void;
/** Requests the background has not answered yet (see the 'find-mentions' handler below). */
let held: (() => void)[];
/** The frame summaries the background received, with their sender's tab and frame. */
let summaries: string[];

beforeEach(() => {
  fake.browser = createFakeBrowser();
  servers = [];
  held = [];
  summaries = [];
  fake.browser.runtime.connect.mockImplementation(({ name }) => {
    const [client, server] = fakePortPair(name, FRAME);
    servers.push(server);
    fake.browser.runtime.onConnect.fire(server);
    return client;
  });
  stopServing = onMessages<BackgroundMessages>(
    {
      // Answers with what it was sent and who sent it; `hold` keeps the answer back until the test lets it go.
      'find-mentions': ({ texts, languages }, sender) =>
        new Promise((resolve) => {
          const answer = () =>
            resolve({
              actorIds: [`${sender.tab?.id}:${sender.frameId}`, ...languages],
              found: texts.map((t) => [t.join('').length]),
            });
          if (languages.includes('hold')) held.push(answer);
          else answer();
        }),
      // A summary's total labels it here; a total of -1 makes the handler fail.
      'frame-summary': ({ total }, sender) => {
        if (total === -1) throw new Error('bad summary');
        summaries.push(`${sender.tab?.id}:${sender.frameId} total ${total}`);
        return null;
      },
    },
    {
      'find-mentions': fromContentScript,
      'frame-summary': fromContentScript,
      'get-tab-state': fromExtensionPage,
      'show-in-panel': fromContentScript,
      'top-site': fromContentScript,
      sentinel: fromContentScript,
      'load-card': fromContentScript,
    },
    { ports: true },
  );
});
afterEach(() => {
  stopServing();
  vi.useRealTimers();
});

describe('portToBackground', () => {
  it('sends many requests over one port, each answered by the background’s handler with the frame as sender', async () => {
    const port = portToBackground();
    const answers = await Promise.all(
      ['Putin', 'Kyiv and Paris', ''].map((text) => port.send('find-mentions', { texts: [[text]], languages: ['en'] })),
    );
    expect(answers).toEqual([
      { ok: true, value: { actorIds: ['7:2', 'en'], found: [[5]] } },
      { ok: true, value: { actorIds: ['7:2', 'en'], found: [[14]] } },
      { ok: true, value: { actorIds: ['7:2', 'en'], found: [[0]] } },
    ]);
    expect(fake.browser.runtime.connect).toHaveBeenCalledTimes(1);
    // A handler's error comes back as a failed result, as with sendMessage.
    expect(await port.send('frame-summary', { counts: {}, total: -1, capped: false })).toEqual({
      ok: false,
      error: 'bad summary',
    });
  });

  it('notifies without an answer coming back, and says so when it cannot send', async () => {
    const port = portToBackground();
    expect(port.notify('frame-summary', { counts: { putin: 2 }, total: 2, capped: false })).toBe(true);
    await vi.waitFor(() => expect(summaries).toEqual(['7:2 total 2']));
    await new Promise((r) => setTimeout(r, 10));
    expect(servers[0]!.postMessage).not.toHaveBeenCalled(); // the background answered nothing
    port.close();
    fake.browser.runtime.connect.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(port.notify('frame-summary', { counts: {}, total: 0, capped: false })).toBe(false);
    expect(
      portToBackground().notify('frame-summary', {
        counts: {},
        total: 0,
        capped: false,
      }),
    ).toBe(false);
  });

  it('fails the requests of a port the background closed (a stopped worker), and opens a new one for the next', async () => {
    const port = portToBackground();
    const pending = port.send('find-mentions', { texts: [['Putin']], languages: ['hold'] });
    await vi.waitFor(() => expect(held).toHaveLength(1));
    servers[0]!.disconnect();
    expect(await pending).toEqual({ ok: false, error: 'the background went away' });
    // The old port's late answer goes nowhere; the next request gets a new port and its own answer.
    expect(await port.send('find-mentions', { texts: [['Kyiv']], languages: ['en'] })).toEqual({
      ok: true,
      value: { actorIds: ['7:2', 'en'], found: [[4]] },
    });
    expect(fake.browser.runtime.connect).toHaveBeenCalledTimes(2);
  });

  it('closes a port unused for a while, not one with a request waiting, and opens one again when needed', async () => {
    vi.useFakeTimers();
    const port = portToBackground();
    const slow = port.send('find-mentions', { texts: [['Putin']], languages: ['hold'] });
    const quick = port.send('find-mentions', { texts: [['Kyiv']], languages: ['en'] });
    await vi.advanceTimersByTimeAsync(PORT_IDLE_MS * 2);
    expect(await quick).toMatchObject({ ok: true });
    expect(servers[0]!.peer).toBeDefined(); // still open: the slow request waits on it
    held[0]!();
    await vi.advanceTimersByTimeAsync(1);
    expect(await slow).toMatchObject({ ok: true });
    await vi.advanceTimersByTimeAsync(PORT_IDLE_MS - 10);
    expect(servers[0]!.peer).toBeDefined();
    await vi.advanceTimersByTimeAsync(20);
    expect(servers[0]!.peer).toBeUndefined(); // closed after PORT_IDLE_MS with nothing waiting
    const again = port.send('find-mentions', { texts: [['Paris']], languages: ['en'] });
    await vi.advanceTimersByTimeAsync(1);
    expect(await again).toMatchObject({ ok: true, value: { found: [[5]] } });
    expect(fake.browser.runtime.connect).toHaveBeenCalledTimes(2);
    // Used again before it closes, it stays open until PORT_IDLE_MS after the last use.
    await vi.advanceTimersByTimeAsync(PORT_IDLE_MS - 1_000);
    expect(port.notify('frame-summary', { counts: {}, total: 0, capped: false })).toBe(true);
    await vi.advanceTimersByTimeAsync(PORT_IDLE_MS - 10);
    expect(servers[1]!.peer).toBeDefined();
    await vi.advanceTimersByTimeAsync(20);
    expect(servers[1]!.peer).toBeUndefined();
    expect(fake.browser.runtime.connect).toHaveBeenCalledTimes(2);
  });

  it('never throws: with the extension gone, a request fails, and close() fails the ones waiting', async () => {
    const port = portToBackground();
    const waiting = port.send('find-mentions', { texts: [['Putin']], languages: ['hold'] });
    await vi.waitFor(() => expect(held).toHaveLength(1));
    port.close();
    expect(await waiting).toEqual({ ok: false, error: 'the port was closed' });
    // Closed is closed: a later request (a matcher's retry) fails and opens no port again.
    expect(await port.send('find-mentions', { texts: [['Paris']], languages: ['en'] })).toEqual({
      ok: false,
      error: 'the port was closed',
    });
    expect(port.notify('frame-summary', { counts: {}, total: 0, capped: false })).toBe(false);
    expect(fake.browser.runtime.connect).toHaveBeenCalledTimes(1);
    const dead = portToBackground();
    fake.browser.runtime.connect.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await dead.send('find-mentions', { texts: [['Kyiv']], languages: ['en'] })).toEqual({
      ok: false,
      error: 'Extension context invalidated.',
    });
  });

  it('is served only on its own channel’s ports, ignores what is not an envelope, and the teardown stops serving', async () => {
    const [, other] = fakePortPair('someone-else', FRAME);
    fake.browser.runtime.onConnect.fire(other);
    expect(other.onMessage.size).toBe(0);
    const [client, server] = fakePortPair('fact-context/v1', FRAME);
    fake.browser.runtime.onConnect.fire(server);
    for (const junk of [null, 42, 'find-mentions', { id: 3, type: 'find-mentions' }])
      expect(() => server.onMessage.fire(junk, server)).not.toThrow();
    await new Promise((r) => setTimeout(r, 10));
    expect(server.postMessage).not.toHaveBeenCalled();
    expect(client.onMessage.size).toBe(0);
    stopServing();
    expect(fake.browser.runtime.onConnect.size).toBe(0);
    expect(fake.browser.runtime.onMessage.size).toBe(0);
  });
});
