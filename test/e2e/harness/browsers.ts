/**
 * Launches the BUILT extension (dist/chrome, dist/firefox) in Debian's Chromium (playwright-core) and
 * Firefox ESR (puppeteer-core over WebDriver BiDi), behind one small interface so that each test is written
 * once and run in both browsers. Recipes: ../shared/notes/browser-testing.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, FIREFOX_PATH, REPO_ROOT } from '../../paths';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS?.split(',') as BrowserName[] | undefined) ?? [
  'chromium',
  'firefox',
];

/** The part of a page that tests use; the same in both drivers. */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  front(): Promise<void>;
  close(): Promise<void>;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** The driver objects behind a session, for tests that need more than the shared interface (requests, CDP, all pages). */
interface RawDriver {
  /** Chromium: the persistent playwright context (its pages, service workers, request events, CDP sessions). */
  chromium?: import('playwright-core').BrowserContext;
  /** Firefox: the puppeteer browser. */
  firefox?: import('puppeteer-core').Browser;
}

export interface Session {
  name: BrowserName;
  /** The underlying driver (added for the lifecycle and privacy tests). */
  raw: RawDriver;
  newPage(): Promise<TestPage>;
  /** Opens one of the extension's pages (panel.html, options.html, …) in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** What playwright's and puppeteer's pages have in common, as far as TestPage needs it. */
interface DriverPage {
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): unknown;
  on(event: 'pageerror', listener: (error: unknown) => void): unknown;
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  evaluate(fn: never, arg: unknown): Promise<unknown>;
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
  keyboard: { press(key: never): Promise<void> };
  screenshot(options: { path: never }): Promise<unknown>;
  bringToFront(): Promise<unknown>;
  close(): Promise<void>;
}

/** One TestPage over either driver's page, collecting console errors and uncaught page errors. */
function wrapPage(driverPage: import('playwright-core').Page | import('puppeteer-core').Page): TestPage {
  const page = driverPage as unknown as DriverPage;
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => void (await page.screenshot({ path: path as never })),
    front: async () => void (await page.bringToFront()),
    close: () => page.close(),
    errors,
  };
}

const GECKO_UUID = '6b0e3f5a-9c1d-4e2f-8a7b-3c4d5e6f7a8b';

/** Browser settings a suite needs beyond the defaults. */
export interface LaunchOptions {
  /** Firefox preferences (`about:config`), e.g. a short idle time before the event page is suspended. */
  firefoxPrefs?: Record<string, unknown>;
  /** Chromium: JavaScript blocked for this origin, as a reader sets it in Site settings (the profile's preference). */
  blockJavaScriptOn?: string;
}

/** Launches one browser with the extension installed. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  return name === 'chromium' ? launchChromium(options.blockJavaScriptOn) : launchFirefox(options.firefoxPrefs);
}

/**
 * A raw playwright Chromium context, with or without the extension (the corpus run compares the two).
 * Requests that leave 127.0.0.1 are aborted: tests stay offline and fast.
 */
export async function chromiumContext(withExtension: boolean, blockJavaScriptOn?: string) {
  const { chromium } = await import('playwright-core');
  const dir = join(REPO_ROOT, 'dist/chrome');
  const profile = mkdtempSync(join(tmpdir(), 'fc-chromium-'));
  if (blockJavaScriptOn) {
    // The setting Chrome writes for Site settings → JavaScript → "Not allowed to use JavaScript" on one site.
    const javascript = { [`${blockJavaScriptOn},*`]: { setting: 2 } };
    mkdirSync(join(profile, 'Default'));
    writeFileSync(
      join(profile, 'Default/Preferences'),
      JSON.stringify({ profile: { content_settings: { exceptions: { javascript } } } }),
    );
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|about:)/, (route) => route.abort());
  let extensionId = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchChromium(blockJavaScriptOn?: string): Promise<Session> {
  const raw = await chromiumContext(true, blockJavaScriptOn);
  const { context, extensionId: id } = raw;
  const extensionUrl = (path: string) => `chrome-extension://${id}/${path}`;
  return {
    name: 'chromium',
    raw: { chromium: context },
    newPage: async () => wrapPage(await context.newPage()),
    extensionUrl,
    async openExtensionPage(path) {
      const page = wrapPage(await context.newPage());
      await page.goto(extensionUrl(path));
      return page;
    },
    close: () => raw.close(),
  };
}

/** The add-on id a built Firefox extension declares (its moz-extension:// host is fixed per id by the tests). */
export function geckoIdOf(dir: string): string {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
}

async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Session> {
  const puppeteer = (await import('puppeteer-core')).default;
  const dir = join(REPO_ROOT, 'dist/firefox');
  const geckoId = geckoIdOf(dir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: GECKO_UUID }),
      'extensions.webextensions.fileSchemeAccess.requireOptIn': false,
      ...prefs,
    },
    args: ['--remote-allow-system-access'],
  });
  await browser.installExtension(dir);
  const extensionUrl = (path: string) => `moz-extension://${GECKO_UUID}/${path}`;
  return {
    name: 'firefox',
    raw: { firefox: browser },
    newPage: async () => wrapPage(await browser.newPage()),
    extensionUrl,
    async openExtensionPage(path) {
      const raw = await browser.newPage();
      // page.goto to a moz-extension:// URL never resolves in puppeteer 24: start it, then poll.
      void raw.goto(extensionUrl(path)).catch(() => undefined);
      const page = wrapPage(raw);
      await waitFor(() =>
        page
          .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
          .catch(() => false),
      );
      return page;
    },
    close: () => browser.close(),
  };
}

/** Polls `check` until it returns a truthy value (or throws after `timeout` ms). */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  timeout = 10_000,
  what = 'condition',
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as Exclude<T, false | null | undefined | 0 | ''>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
