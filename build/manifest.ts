/**
 * The one place where Chrome and Firefox differ in their manifests. `manifest.json` at the top of the
 * repository is the only manifest anyone edits; the build passes it through `manifestFor` per browser.
 */

export type Browser = 'chrome' | 'firefox';

type Json = Record<string, unknown>;

/** Keys only one browser understands; the other one warns about them, so they are dropped there. */
const ONLY: Record<Browser, readonly string[]> = {
  chrome: ['side_panel', 'minimum_chrome_version'],
  firefox: ['sidebar_action', 'browser_specific_settings'],
};

/** Permissions only one browser knows. */
const ONLY_PERMISSIONS: Record<Browser, readonly string[]> = {
  chrome: ['sidePanel'],
  firefox: [],
};

/** Returns the manifest for one browser, leaving the input untouched. */
export function manifestFor(base: Json, browser: Browser): Json {
  const other: Browser = browser === 'chrome' ? 'firefox' : 'chrome';
  const out: Json = structuredClone(base);
  for (const key of ONLY[other]) delete out[key];
  out.permissions = asList(out.permissions).filter((p) => !ONLY_PERMISSIONS[other].includes(p as string));

  if (browser === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    const background = (out.background ?? {}) as { service_worker?: string };
    out.background = { scripts: [background.service_worker ?? 'background.js'] };
    // Chrome's key for about:blank/srcdoc frames; Firefox covers them with match_about_blank.
    for (const script of asList(out.content_scripts) as Json[]) delete script.match_origin_as_fallback;
    // The button (and its badge, the count of the page's actors) on the toolbar from install, not in the
    // extensions menu. Chrome has no such key: there the welcome page shows how to pin it.
    out.action = { ...(out.action as Json), default_area: 'navbar' };
  }

  // "Open the panel" maps to each browser's built-in command, which counts as a user gesture: Chrome's
  // action opens the side panel (openPanelOnActionClick), Firefox's toggles the sidebar.
  const commands = out.commands as Record<string, unknown> | undefined;
  if (commands?.['open-panel']) {
    const { ['open-panel']: openPanel, ...rest } = commands;
    out.commands = { [browser === 'chrome' ? '_execute_action' : '_execute_sidebar_action']: openPanel, ...rest };
  }
  return out;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
