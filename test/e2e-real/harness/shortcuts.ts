/** The keys the manifest suggests, as each browser names its commands, and as xdotool presses them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFor, type Browser } from '../../../build/manifest';
import { REPO_ROOT } from '../../paths';

/** Command name → the suggested key on Linux (`default`), from the browser's manifest. */
export function manifestKeys(browser: Browser): Record<string, string> {
  const base = JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8'));
  const commands = manifestFor(base, browser).commands as Record<string, { suggested_key: Record<string, string> }>;
  return Object.fromEntries(
    Object.entries(commands).map(([name, c]) => [name, c.suggested_key.linux ?? c.suggested_key.default!]),
  );
}

/** "Alt+Shift+Period" (a manifest's or a browser's name for a key) → "alt+shift+period" (an X keysym combo). */
export function xdotoolCombo(shortcut: string): string {
  const keysyms: Record<string, string> = {
    Comma: 'comma',
    Period: 'period',
    Up: 'Up',
    Down: 'Down',
    Left: 'Left',
    Right: 'Right',
    Space: 'space',
    PageUp: 'Prior',
    PageDown: 'Next',
    Home: 'Home',
    End: 'End',
    Insert: 'Insert',
    Delete: 'Delete',
  };
  return shortcut
    .split('+')
    .map((part) => ({ Alt: 'alt', Shift: 'shift', Ctrl: 'ctrl' })[part] ?? keysyms[part] ?? part.toLowerCase())
    .join('+');
}
