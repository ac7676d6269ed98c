/**
 * No network, no remote code: every built bundle is searched, outside comments, for the Web APIs that make
 * requests, for eval-like constructs and for remote URLs. Scans the build in dist/ (`npm run build` first;
 * `npm test` does). The release build differs only by minification and `__DEV__` branches, which removes
 * code but adds none.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBundle } from './scan-bundle';

const root = join(import.meta.dirname, '../../..');
const TARGETS = ['chrome', 'firefox'];

describe('the bundle scanner', () => {
  it('finds what it looks for, in code and strings', () => {
    expect(scanBundle('const r = await fetch(u);')).toContain('network API: fetch');
    expect(scanBundle('navigator["sendBeacon"]("x")')).toContain('network API: sendBeacon');
    expect(scanBundle('new XMLHttpRequest()')).toContain('network API: XMLHttpRequest');
    expect(scanBundle('x = new WebSocket("wss://evil.example/s")')).toEqual(
      expect.arrayContaining(['network API: WebSocket', 'remote URL: wss://evil.example/s']),
    );
    expect(scanBundle('new EventSource(a)')).toContain('network API: EventSource');
    expect(scanBundle('img.src = "https://tracker.example/p.gif"')).toContain(
      'remote URL: https://tracker.example/p.gif',
    );
    expect(scanBundle('eval("1")')).toContain('eval(');
    expect(scanBundle('new Function("return 1")')).toContain('Function constructor');
  });

  it('ignores comments, look-alike names and XML namespaces', () => {
    expect(
      scanBundle(
        '// https://bugzil.la/1234567 explains fetch\n/* XMLHttpRequest */ const prefetch = 1, fetched = 2; x.retrieval = 3;',
      ),
    ).toEqual([]);
    expect(scanBundle('document.createElementNS("http://www.w3.org/2000/svg", "svg")')).toEqual([]);
  });
});

describe.each(TARGETS)('the %s build', (target) => {
  const dir = join(root, 'dist', target);
  const built = existsSync(join(dir, 'manifest.json'));

  it('exists (run `npm run build` first)', () => {
    expect(built).toBe(true);
  });

  it.runIf(built)('has no network API, eval or remote URL in any bundle', () => {
    const bundles = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(bundles).toEqual(
      expect.arrayContaining(['background.js', 'content.js', 'panel.js', 'options.js', 'onboarding.js']),
    );
    const findings = bundles.flatMap((file) =>
      scanBundle(readFileSync(join(dir, file), 'utf8')).map((f) => `${file}: ${f}`),
    );
    expect(findings).toEqual([]);
  });

  it.runIf(built)('keeps the default CSP or stricter, exposes nothing to pages and loads no remote code', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const csp = manifest.content_security_policy?.extension_pages as string | undefined;
    if (csp !== undefined) {
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
      expect(csp).toMatch(/script-src 'self'/);
    }
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
    // A page could otherwise fetch the extension's files or message it directly.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it.runIf(built)('has pages that load only their own local script', () => {
    for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dir, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(
        scripts.map(([, attrs]) => attrs!.trim()),
        page,
      ).toEqual([`src="${page.replace('.html', '.js')}"`]);
      expect(
        scripts.every(([, , body]) => body!.trim() === ''),
        `${page} has an inline script`,
      ).toBe(true);
      expect(html, page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
    }
  });
});
