/**
 * Headful Chromium and Firefox with the built extension, in windows on the virtual display, for tests that
 * press real keys and move the real pointer. Pages are still read through the drivers (playwright-core,
 * puppeteer-core over WebDriver BiDi); input goes through the X server (./display.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page as ChromiumPage } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { geckoIdOf, waitFor } from '../../e2e/harness/browsers';
import { CHROMIUM_PATH, FIREFOX_PATH, REPO_ROOT } from '../../paths';
import { requireDisplay, windowsOf } from './display';

/** The window's size on the 1400×1000 display. */
const WINDOW = { width: 1280, height: 900 };

/** A page of either driver, as far as these tests use it. */
export interface RealPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  goto(url: string): Promise<void>;
  front(): Promise<void>;
  close(): Promise<void>;
}

function wrap(page: ChromiumPage | FirefoxPage): RealPage {
  const p = page as unknown as {
    evaluate(fn: unknown, arg: unknown): Promise<unknown>;
    goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
    bringToFront(): Promise<void>;
    close(): Promise<void>;
  };
  return {
    evaluate: (fn, arg) => p.evaluate(fn, arg) as never,
    goto: async (url) => void (await p.goto(url, { waitUntil: 'load' })),
    front: () => p.bringToFront(),
    close: () => p.close(),
  };
}

/** Chromium in a window, with the extension. */
export interface RealChromium {
  context: BrowserContext;
  extensionId: string;
  /** The browser window on the display (xdotool id). */
  window: string;
  newPage(url: string): Promise<{ page: RealPage; raw: ChromiumPage }>;
  /** Calls extension APIs in the service worker. */
  inWorker<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

/** The id Chromium gives an extension loaded from `dir`: the first 128 bits of the path's SHA-256, digits a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * Launches headful Chromium with dist/chrome. Its first tab stays open: closing a window's last tab ends the
 * browser. `pinned`: the profile starts with the extension's button pinned to the toolbar, as a reader who
 * pinned it from the extensions menu has it.
 */
export async function launchChromium(options: { pinned?: boolean } = {}): Promise<RealChromium> {
  requireDisplay();
  const { chromium } = await import('playwright-core');
  const dir = join(REPO_ROOT, 'dist/chrome');
  const profile = mkdtempSync(join(tmpdir(), 'fc-real-chromium-'));
  if (options.pinned) {
    mkdirSync(join(profile, 'Default'));
    const preferences = { extensions: { pinned_extensions: [unpackedExtensionId(dir)] } };
    writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify(preferences));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--disable-gpu',
      '--disable-quic',
      `--window-size=${WINDOW.width},${WINDOW.height}`,
      '--window-position=0,0',
    ],
  });
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|about:)/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (options.pinned && extensionId !== unpackedExtensionId(dir)) throw new Error('unexpected extension id');
  // The welcome page opens on install: close it (and anything else but the first tab).
  await new Promise((r) => setTimeout(r, 500));
  for (const p of context.pages().slice(1)) await p.close();
  const window = await waitFor(() => windowsOf('chromium').at(-1), 10_000, 'the Chromium window');
  return {
    context,
    extensionId,
    window,
    async newPage(url) {
      const raw = await context.newPage();
      await raw.goto(url, { waitUntil: 'load' });
      return { page: wrap(raw), raw };
    },
    inWorker: async (fn, arg) => {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return sw.evaluate(fn as never, arg) as never;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const GECKO_UUID = '7c1f4e6b-0d2a-4f3e-9b8c-4d5e6f7a8b9c';

/** Firefox in a window, with the extension installed as a temporary add-on. */
export interface RealFirefox {
  browser: FirefoxBrowser;
  window: string;
  extensionUrl(path: string): string;
  newPage(url: string): Promise<{ page: RealPage; raw: FirefoxPage }>;
  /** Opens one of the extension's pages in a tab (to call extension APIs from it). */
  extensionPage(path: string): Promise<RealPage>;
  close(): Promise<void>;
}

/** Launches headful Firefox ESR with dist/firefox and extra preferences. */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<RealFirefox> {
  requireDisplay();
  const puppeteer = (await import('puppeteer-core')).default;
  const dir = join(REPO_ROOT, 'dist/firefox');
  const geckoId = geckoIdOf(dir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: false,
    defaultViewport: null,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: GECKO_UUID }),
      'extensions.webextensions.fileSchemeAccess.requireOptIn': false,
      ...prefs,
    },
    args: ['--remote-allow-system-access', `--width=${WINDOW.width}`, `--height=${WINDOW.height}`],
  });
  await browser.installExtension(dir);
  const window = await waitFor(() => windowsOf('firefox').at(-1), 10_000, 'the Firefox window');
  const extensionUrl = (path: string) => `moz-extension://${GECKO_UUID}/${path}`;
  return {
    browser,
    window,
    extensionUrl,
    async newPage(url) {
      const raw = await browser.newPage();
      await raw.goto(url, { waitUntil: 'load' });
      return { page: wrap(raw), raw };
    },
    async extensionPage(path) {
      const raw = await browser.newPage();
      // page.goto to a moz-extension:// URL never resolves in puppeteer 24: start it, then poll.
      void raw.goto(extensionUrl(path)).catch(() => undefined);
      const page = wrap(raw);
      await waitFor(
        () =>
          page
            .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
            .catch(() => false),
        10_000,
        `${path} to load`,
      );
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Where the page's viewport sits on the screen: the real pointer is moved to a known point and the page reports
 * where the move landed (browser chrome and window decorations differ between browsers and window managers).
 */
export async function viewportOrigin(
  page: RealPage,
  move: (x: number, y: number) => void,
): Promise<{ x: number; y: number }> {
  await page.evaluate(() => {
    (window as unknown as { __fcMoves: number[][] }).__fcMoves = [];
    addEventListener('mousemove', (e) =>
      (window as unknown as { __fcMoves: number[][] }).__fcMoves.push([e.screenX, e.screenY, e.clientX, e.clientY]),
    );
  });
  const probe = { x: 600, y: 500 };
  move(probe.x - 7, probe.y - 7);
  move(probe.x, probe.y);
  const [, , clientX, clientY] = await waitFor(
    () => page.evaluate(() => (window as unknown as { __fcMoves: number[][] }).__fcMoves.at(-1)),
    5000,
    'the pointer over the page',
  );
  return { x: probe.x - clientX!, y: probe.y - clientY! };
}
