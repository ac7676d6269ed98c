/** Settings: defaults, migrations of renamed keys, validation of stored values, site keys. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../../fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
  extensionAlive: () => true,
}));

const { activeOn, defaults, loadSettings, normalizeSettings, saveSettings, siteKey, watchSettings, withSitePaused } =
  await import('../../../src/shared/settings');

beforeEach(() => {
  fake.browser = createFakeBrowser();
});

describe('normalizeSettings', () => {
  it('fills in the defaults for an empty store', () => {
    expect(normalizeSettings({})).toEqual(defaults);
  });

  it('migrates renamed keys, preferring the new key when both exist', () => {
    expect(normalizeSettings({ paused: ['a.com'], hoverDelay: 500 })).toMatchObject({
      pausedSites: ['a.com'],
      hoverDelayMs: 500,
    });
    expect(normalizeSettings({ paused: ['old.com'], pausedSites: ['new.com'] }).pausedSites).toEqual(['new.com']);
  });

  it('resets malformed values and drops unknown keys', () => {
    const s = normalizeSettings({
      enabled: 'yes',
      highlightStyle: 'blink',
      languages: ['en', 'xx'],
      pausedSites: [1],
      hoverDelayMs: Number.NaN,
      extra: 1,
    });
    expect(s).toEqual(defaults);
    expect(s).not.toHaveProperty('extra');
  });

  it('merges groups key by key and clamps the hover delay', () => {
    const s = normalizeSettings({ groups: { places: false, people: 'no' }, hoverDelayMs: 99_999 });
    expect(s.groups).toEqual({ people: true, organisations: true, places: false });
    expect(s.hoverDelayMs).toBe(2000);
    expect(normalizeSettings({ hoverDelayMs: 0 }).hoverDelayMs).toBe(100);
  });

  it('never hands out the defaults object itself', () => {
    normalizeSettings({}).pausedSites.push('x');
    expect(defaults.pausedSites).toEqual([]);
  });
});

describe('storage', () => {
  it('writes migrated settings back and removes the old keys', async () => {
    await fake.browser.storage.sync.set({ paused: ['a.com'] });
    expect((await loadSettings()).pausedSites).toEqual(['a.com']);
    expect(fake.browser.storage.sync.data.has('paused')).toBe(false);
    expect(fake.browser.storage.sync.data.get('pausedSites')).toEqual(['a.com']);
  });

  it('tells watchers about sync changes only', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s.groups.places));
    await saveSettings({ groups: { ...defaults.groups, places: false } });
    await fake.browser.storage.session.set({ other: 1 });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    stop();
    expect(fake.browser.storage.onChanged.size).toBe(0);
  });
});

describe('sites', () => {
  it('keys a site by hostname, local files together', () => {
    expect(siteKey('https://www.example.com:8443/a?b#c')).toBe('www.example.com');
    expect(siteKey('file:///home/me/a.html')).toBe('file');
    expect(siteKey('not a url')).toBe('');
  });

  it('is active unless switched off or paused on the site', () => {
    const paused = { ...defaults, pausedSites: ['example.com'] };
    expect(activeOn(defaults, siteKey('https://example.com/'))).toBe(true);
    expect(activeOn(paused, siteKey('https://example.com/x'))).toBe(false);
    expect(activeOn(paused, siteKey('https://other.com/'))).toBe(true);
    expect(activeOn({ ...defaults, enabled: false }, siteKey('https://other.com/'))).toBe(false);
  });

  it('adds and removes a paused site, keeping the list sorted and unique', () => {
    const s = { ...defaults, pausedSites: ['b.com'] };
    expect(withSitePaused(s, 'a.com', true)).toEqual(['a.com', 'b.com']);
    expect(withSitePaused(s, 'b.com', true)).toEqual(['b.com']);
    expect(withSitePaused(s, 'b.com', false)).toEqual([]);
  });
});
