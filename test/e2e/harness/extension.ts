/**
 * Helpers that reach the extension's own APIs from one of its pages (an extension page in a tab may call
 * `browser.*`/`chrome.*` like the panel does): tab ids, badges, storage, highlight counts.
 */
import type { Session, TestPage } from './browsers';

/** A page that names the test's own page: highlights of one group, as the page itself can read them. */
export const ACTOR_PAGE = `<!doctype html><html lang="en"><title>Actors</title>
<p>Vladimir Putin and Emmanuel Macron spoke about NATO.</p>
<p>Later, the talks moved to Paris and then to Istanbul.</p>`;

/** The actors of ACTOR_PAGE, by highlight group. */
export const ACTOR_PAGE_ACTORS = {
  people: ['macron', 'putin'],
  organisations: ['nato'],
  places: ['istanbul', 'paris'],
};

/** The id of the tab showing `url` (host permissions let an extension page see http URLs). */
export function tabIdOf(ext: TestPage, url: string): Promise<number | undefined> {
  return ext.evaluate(async (u) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const tabs: { id: number; url?: string }[] = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
}

/** The badge text and title of one tab. */
export function badgeOf(ext: TestPage, tabId: number): Promise<{ text: string; title: string }> {
  return ext.evaluate(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return { text: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
  }, tabId);
}

/** The panel's `get-tab-state` request for one tab, sent from an extension page as the panel sends it. */
export function tabStateOf(ext: TestPage, tabId: number): Promise<any> {
  return ext.evaluate(
    (id) =>
      ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({
        channel: 'fact-context/v1',
        type: 'get-tab-state',
        data: { tabId: id },
      }),
    tabId,
  );
}

/** Writes settings to storage.sync, as the options page or the panel would. */
export function setSettings(ext: TestPage, patch: Record<string, unknown>): Promise<void> {
  return ext.evaluate(async (p) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.sync.set(p);
  }, patch);
}

/** Clears storage.sync (settings back to defaults). */
export function resetSettings(ext: TestPage): Promise<void> {
  return ext.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.sync.clear();
  });
}

/** Reads one key of storage.session. */
export function sessionValue<T>(ext: TestPage, key: string): Promise<T | undefined> {
  return ext.evaluate(async (k) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.storage.session.get(k))[k];
  }, key);
}

/** How many ranges each of our highlight groups holds in the page (any style), read through the shared registry. */
export function highlightCounts(page: TestPage): Promise<Record<'people' | 'organisations' | 'places', number>> {
  return page.evaluate(() => {
    const count = (group: string) =>
      ['underline', 'background', 'contrast'].reduce(
        (n, style) => n + (CSS.highlights.get(`fact-context-${style}-${group}`)?.size ?? 0),
        0,
      );
    return { people: count('people'), organisations: count('organisations'), places: count('places') };
  });
}

/** Opens a settings page once per test file: the window tests use to call extension APIs. */
export function openApiPage(session: Session): Promise<TestPage> {
  return session.openExtensionPage('options.html');
}
