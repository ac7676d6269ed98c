import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../build/manifest';

const base = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));

describe('manifestFor', () => {
  const chrome = manifestFor(base, 'chrome') as Record<string, any>;
  const firefox = manifestFor(base, 'firefox') as Record<string, any>;

  it('gives Chrome a service worker, the side panel and its permission, and no Firefox keys', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.side_panel.default_path).toBe('panel.html');
    expect(chrome.permissions).toContain('sidePanel');
    expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(116);
    expect(chrome).not.toHaveProperty('sidebar_action');
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('gives Firefox an event page, the sidebar and a stable gecko id with the Highlight API minimum', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.sidebar_action.default_panel).toBe('panel.html');
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.content_scripts[0]).not.toHaveProperty('match_origin_as_fallback');
  });

  it("maps the open-panel command to each browser's built-in command", () => {
    expect(Object.keys(chrome.commands)).toEqual(['_execute_action', 'next-mention', 'previous-mention']);
    expect(Object.keys(firefox.commands)).toEqual(['_execute_sidebar_action', 'next-mention', 'previous-mention']);
    expect(chrome.commands._execute_action).toEqual(base.commands['open-panel']);
  });

  it('puts the Firefox button on the toolbar from install, where its badge shows (Chrome has no such key)', () => {
    expect(firefox.action.default_area).toBe('navbar');
    expect(chrome.action).not.toHaveProperty('default_area');
    expect(base.action).not.toHaveProperty('default_area');
  });

  it('suggests a key for every command that both browsers accept and no page or menu takes first', () => {
    const commands = Object.values(base.commands) as { suggested_key?: { default: string; mac: string } }[];
    // Chrome refuses an extension with more than four suggested keys.
    expect(commands.filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
    const keys = new Set<string>();
    for (const { suggested_key: suggested } of commands) {
      expect(Object.keys(suggested!).sort()).toEqual(['default', 'mac']);
      // Chrome: Ctrl or Alt (with an optional Shift) and one key; both browsers know these key names. Not a
      // letter: in Firefox on Windows and Linux, Alt+Shift+letter is a page's access key or opens a menu
      // (Alt+Shift+F opened the File menu) before an extension sees it.
      expect(suggested!.default).toMatch(/^Alt\+Shift\+([0-9]|Comma|Period|Home|End|PageUp|PageDown|Insert|Delete)$/);
      // Option+Shift+letter types characters on a Mac: the Control key types none, and macOS has no access keys there.
      expect(suggested!.mac).toMatch(/^MacCtrl\+Shift\+([A-Z0-9]|Comma|Period)$/);
      keys.add(suggested!.default);
    }
    expect(keys.size).toBe(commands.length);
  });

  it('keeps everything else identical and leaves its input untouched', () => {
    const copy = structuredClone(base);
    manifestFor(copy, 'firefox');
    expect(copy).toEqual(base);
    for (const key of ['name', 'version', 'icons', 'host_permissions', 'action', 'options_ui', 'default_locale']) {
      expect(chrome[key]).toEqual(base[key]);
      if (key !== 'action') expect(firefox[key]).toEqual(base[key]);
    }
    expect({ ...firefox.action, default_area: undefined }).toEqual({ ...base.action, default_area: undefined });
    expect(firefox.content_scripts[0].matches).toEqual(base.content_scripts[0].matches);
    expect(firefox.content_scripts[0].all_frames).toBe(true);
  });
});
