/** The foundation: the built extension loads in both browsers, its content script runs, the background answers, the panel talks to it. */
import { describe, expect, it } from 'vitest';
import { BROWSERS, waitFor } from './harness/browsers';
import { useBrowser } from './harness/suite';

describe.each(BROWSERS)('foundation in %s', (name) => {
  const env = useBrowser(name);

  it('runs the content script, which reports to the background', async () => {
    const url = env.server.page(
      '/foundation.html',
      '<!doctype html><title>Foundation</title><p>Hello from a plain page.</p>',
    );
    const page = await env.session.newPage();
    await page.goto(url);
    const panel = await env.session.openExtensionPage('panel.html');
    const frames = await waitFor(
      () =>
        panel.evaluate(async (pageUrl) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const all = await api.storage.session.get(null);
          return Object.values(all).find((v: any) => v?.frames?.['0']?.url === pageUrl) as any;
        }, url),
      10_000,
      'the frame summary in storage.session',
    );
    expect(frames.frames['0'].title).toBe('Foundation');
    await panel.close();
    await page.close();
  });

  it('opens the panel page, which talks to the background', async () => {
    const panel = await env.session.openExtensionPage('panel.html');
    const status = await waitFor(
      () =>
        panel.evaluate(
          () =>
            document.querySelector('[data-testid=status]')?.textContent?.startsWith('connected') &&
            document.querySelector('[data-testid=status]')!.textContent,
        ),
      10_000,
      'the panel status',
    );
    expect(status).toContain(name === 'chromium' ? 'chrome' : 'firefox');
    expect(panel.errors).toEqual([]);
    await panel.close();
  });
});
