/** Lifecycle helpers: stopping Chromium's extension service worker the way the browser does after ~30 s idle. */
import type { BrowserContext } from 'playwright-core';
import { waitFor } from './browsers';

/**
 * Stops the extension's service worker through the DevTools protocol and waits until CDP reports it
 * stopped. The CDP session is attached to one of the extension's own pages, whose storage partition holds
 * the worker. (Playwright's `context.serviceWorkers()` keeps listing a stopped worker, so it is no signal.)
 */
export async function stopServiceWorkers(context: BrowserContext, extensionOrigin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${extensionOrigin}options.html`);
  const cdp = await context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(extensionOrigin)) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor(
    () => status.size > 0 && [...status.values()].every((s) => s === 'stopped'),
    10_000,
    'the service worker to stop',
  );
  await cdp.detach();
  await page.close();
}
