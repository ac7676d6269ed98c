/**
 * User settings: one `defaults` object, the type derived from it, a migration list for renamed keys.
 * Stored in storage.sync; every context reads them with `loadSettings` and follows changes with `watchSettings`.
 */
import { LANGUAGES, type Language } from '../match/types';
import { browser } from './browser';

/** The languages a reader can choose: those the mention engine matches (ISO 639-1), from its one list. */
export { LANGUAGES, type Language };

/** Highlight groups a reader can switch on and off. */
export const HIGHLIGHT_GROUPS = ['people', 'organisations', 'places'] as const;
export type HighlightGroup = (typeof HIGHLIGHT_GROUPS)[number];

export const defaults = {
  /** Master switch. */
  enabled: true,
  /** Hostnames where the extension stays quiet. */
  pausedSites: [] as string[],
  /** Which groups are highlighted (the panel still lists all). */
  groups: { people: true, organisations: true, places: true } as Record<HighlightGroup, boolean>,
  /**
   * How mentions are painted; 'none' keeps the panel and badge working without marks on the page. A tint by
   * default: src/shared/highlight-css.ts says why.
   */
  highlightStyle: 'background' as (typeof HIGHLIGHT_STYLES)[number],
  highContrast: false,
  /** Dwell before the hover card opens, in ms. */
  hoverDelayMs: 300,
  languages: [...LANGUAGES] as Language[],
};

/** The settings type, derived from the defaults. */
export type Settings = typeof defaults;

/** Renamed keys, oldest first: `[from, to]`. Applied on read, then written back. */
const migrations: ReadonlyArray<readonly [string, keyof Settings]> = [
  ['paused', 'pausedSites'],
  ['hoverDelay', 'hoverDelayMs'],
];

/** The highlight styles a reader can choose. */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;

/** The hover-card delay's bounds, in ms: below 100 the card flickers open while the pointer passes by. */
export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;

/** Checks that a stored value is acceptable for `key`; anything else falls back to the default. */
function valid(key: keyof Settings, value: unknown): boolean {
  if (Array.isArray(defaults[key]) !== Array.isArray(value) || typeof value !== typeof defaults[key]) return false;
  switch (key) {
    case 'pausedSites':
      return (value as unknown[]).every((v) => typeof v === 'string');
    case 'languages':
      return (value as unknown[]).every((v) => (LANGUAGES as readonly unknown[]).includes(v));
    case 'highlightStyle':
      return (HIGHLIGHT_STYLES as readonly unknown[]).includes(value);
    case 'hoverDelayMs':
      return Number.isFinite(value);
    case 'groups':
      return value !== null;
    default:
      return true;
  }
}

/** Applies the migrations and fills in defaults; unknown keys are dropped, malformed values reset. Pure. */
export function normalizeSettings(stored: Record<string, unknown>): Settings {
  const raw: Record<string, unknown> = { ...stored };
  for (const [from, to] of migrations) {
    if (from in raw && !(to in raw)) raw[to] = raw[from];
    delete raw[from];
  }
  const out = structuredClone(defaults);
  for (const key of Object.keys(defaults) as (keyof Settings)[]) {
    const value = raw[key];
    if (value === undefined || !valid(key, value)) continue;
    if (key === 'groups') {
      for (const group of HIGHLIGHT_GROUPS) {
        const on = (value as Record<string, unknown>)[group];
        if (typeof on === 'boolean') out.groups[group] = on;
      }
    } else if (key === 'hoverDelayMs') {
      out.hoverDelayMs = Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, value as number)));
    } else {
      (out as Record<string, unknown>)[key] = structuredClone(value);
    }
  }
  return out;
}

/** Reads the settings (migrating old keys in place). */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(null)) as Record<string, unknown>;
  const settings = normalizeSettings(stored);
  const stale = migrations.map(([from]) => from).filter((key) => key in stored);
  if (stale.length) {
    await browser.storage.sync.set(settings);
    await browser.storage.sync.remove(stale);
  }
  return settings;
}

/** Saves some settings. */
export function saveSettings(patch: Partial<Settings>): Promise<void> {
  return browser.storage.sync.set(patch);
}

/** Calls `callback` with the new settings whenever they change; returns the teardown. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync') void loadSettings().then(callback, () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The key a site is paused under: its hostname (or "file" for local files). */
export function siteKey(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? 'file' : parsed.hostname;
  } catch {
    return '';
  }
}

/** True when the extension should paint on a page of `site` (a `siteKey`: for a frame, the top frame's site). */
export function activeOn(settings: Settings, site: string): boolean {
  return settings.enabled && !settings.pausedSites.includes(site);
}

/** The paused-sites list with `site` (a `siteKey`) added or removed (pure; the list stays sorted and unique). */
export function withSitePaused(settings: Settings, site: string, paused: boolean): string[] {
  const rest = settings.pausedSites.filter((s) => s !== site);
  return (paused && site ? [...rest, site] : rest).sort();
}
