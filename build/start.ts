/**
 * `npm start`: builds, serves the demo page (the bundled article as a web page) on 127.0.0.1, and opens it
 * in a real browser with the extension loaded (web-ext run). Without a display it says so and prints how to
 * load the extension by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../test/paths.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'build/build.ts')], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const demo = readFileSync(join(root, 'dist/demo/index.html'));
const server = createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo),
);
const port = Number(process.env.PORT ?? 8765);
server.listen(port, '127.0.0.1');
const url = `http://127.0.0.1:${port}/`;

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const firefox = existsSync(FIREFOX_PATH) ? FIREFOX_PATH : undefined;
const chromium = existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined;
const manual = `
Demo page: ${url}  (served until you press Ctrl+C)
Load the extension by hand:
  Chrome/Chromium: chrome://extensions → Developer mode → "Load unpacked" → ${join(root, 'dist/chrome')}
  Firefox:         about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${join(root, 'dist/firefox/manifest.json')}
`;

if (!hasDisplay || (!firefox && !chromium)) {
  console.log(
    `\nNo display${hasDisplay ? '' : ' (DISPLAY/WAYLAND_DISPLAY unset)'} or no browser found, so no browser was launched.${manual}`,
  );
} else {
  const target = process.env.FC_BROWSER === 'chromium' || !firefox ? 'chromium' : 'firefox';
  const args =
    target === 'firefox'
      ? [
          'run',
          '--source-dir',
          join(root, 'dist/firefox'),
          '--firefox',
          firefox!,
          '--start-url',
          url,
          '--pref',
          'extensions.webextensions.fileSchemeAccess.requireOptIn=false',
        ]
      : [
          'run',
          '--target',
          'chromium',
          '--source-dir',
          join(root, 'dist/chrome'),
          '--chromium-binary',
          chromium!,
          '--start-url',
          url,
          // Chromium refuses to start as root without this (a container, a CI box).
          ...(process.getuid?.() === 0 ? ['--arg=--no-sandbox'] : []),
        ];
  console.log(`Launching ${target} with the extension on ${url}${manual}`);
  const child = spawn(process.execPath, [join(root, 'node_modules/web-ext/bin/web-ext.js'), ...args], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
}
