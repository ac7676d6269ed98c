/** A static server on 127.0.0.1 for end-to-end tests: fixture pages, the corpus, and pages a test writes. */
import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { CORPUS_DIR, REPO_ROOT } from '../../paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface TestServer {
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Serves `html` at `path` (a test's own page). */
  page(path: string, html: string): string;
  /** Every URL requested so far (for the privacy test). */
  requests: string[];
  close(): Promise<void>;
}

/** Starts the server on a free port. `/corpus/…` maps to ../shared/corpus, `/fixtures/…` to test/fixtures/pages. */
export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const own = pages.get(path);
    if (own !== undefined) {
      // /isolated/…: cross-origin isolated, so that performance.now() has 5 µs steps instead of 100 µs (benchmarks).
      const isolated = path.startsWith('/isolated/')
        ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
        : {};
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...isolated }).end(own);
      return;
    }
    // /corpus-static/…: the same pages with their scripts blocked by CSP, so that their DOM is deterministic.
    const headers: Record<string, string> = {};
    let effective = path;
    if (path.startsWith('/corpus-static/')) {
      headers['content-security-policy'] = "script-src 'none'";
      effective = '/corpus/' + path.slice('/corpus-static/'.length);
    }
    const [base, rest] = effective.startsWith('/corpus/')
      ? [CORPUS_DIR, effective.slice(8)]
      : effective.startsWith('/fixtures/')
        ? [join(REPO_ROOT, 'test/fixtures/pages'), effective.slice(10)]
        : ['', ''];
    const file = base && normalize(join(base, rest));
    if (!file || !file.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;
  return {
    url,
    page(path, html) {
      pages.set(path, html);
      return url(path);
    },
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/**
 * Where tests write screenshots: `.tmp/screenshots` normally, `assets/screenshots` (the ones the README shows,
 * committed after a person looked at them) with UPDATE_SCREENSHOTS=1. A test run leaves the tree clean.
 */
export function screenshotDir(): string {
  const dir = process.env.UPDATE_SCREENSHOTS
    ? join(REPO_ROOT, 'assets/screenshots')
    : join(REPO_ROOT, '.tmp/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
