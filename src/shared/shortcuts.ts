/**
 * The keyboard shortcuts the browser actually gave our commands. A suggested key is only a wish: the browser
 * leaves it unassigned when it clashes with one of its own keys or another extension's, and the reader may
 * change or clear it. So every text that names a shortcut reads it from `commands.getAll()`.
 */
import { browser } from './browser';

/** Our commands, as the UI talks about them. */
export type ShortcutName = 'openPanel' | 'next' | 'previous';

/** Each command's key as the browser shows it (e.g. "Alt+Shift+F"), or '' when none is assigned. */
export type Shortcuts = Record<ShortcutName, string>;

/** The manifest names of each command; "open the panel" is the browser's built-in action or sidebar command. */
const COMMAND_NAMES: Record<ShortcutName, readonly string[]> = {
  openPanel: ['_execute_action', '_execute_sidebar_action', 'open-panel'],
  next: ['next-mention'],
  previous: ['previous-mention'],
};

/** The assigned shortcuts; all '' when the browser cannot say (the UI then points to the shortcut settings). */
export async function loadShortcuts(): Promise<Shortcuts> {
  const out: Shortcuts = { openPanel: '', next: '', previous: '' };
  let all: { name?: string; shortcut?: string }[] = [];
  try {
    all = await browser.commands.getAll();
  } catch {
    // No commands API here (or the extension was reloaded): every key reads as unassigned.
  }
  for (const name of Object.keys(COMMAND_NAMES) as ShortcutName[]) {
    const command = all.find((c) => c.name !== undefined && COMMAND_NAMES[name].includes(c.name));
    out[name] = command?.shortcut ?? '';
  }
  return out;
}

interface FirefoxCommands {
  openShortcutSettings?: () => Promise<void>;
}

/**
 * Opens the browser's page for extension shortcuts, from a click in one of our pages: Firefox's
 * `commands.openShortcutSettings()` (Firefox 137+), Chrome's `chrome://extensions/shortcuts` (a page may not
 * link to it, an extension may open it as a tab). False when the browser offers neither, so that the caller
 * shows the way there in words.
 */
export async function openShortcutSettings(): Promise<boolean> {
  const commands = browser.commands as unknown as FirefoxCommands;
  try {
    if (__BROWSER__ === 'firefox') {
      if (!commands.openShortcutSettings) return false;
      await commands.openShortcutSettings();
    } else {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    }
    return true;
  } catch {
    return false;
  }
}
