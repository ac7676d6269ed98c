/**
 * Builds dist/chrome and dist/firefox from one source tree.
 *
 *   tsx build/build.ts [--release] [--watch] [--browser chrome|firefox] [--data-dir DIR] [--check-data]
 *
 * The article data is validated first: malformed data fails the build with one line per problem,
 * naming the entry and field. The content script gets only the small "content share" of the data,
 * through the virtual module `fact-context:content-share`.
 */
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { contentCssFor } from './content-css.ts';
import { manifestFor, type Browser } from './manifest.ts';
import { loadArticleData } from './load-data.ts';
import { toContentShare } from '../src/data/content-share.ts';
import { demoPage } from './demo-page.ts';
import { noHtmlSinkPlugin, virtualModulesPlugin } from './plugins.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const release = flag('--release');
const watch = flag('--watch');
const browsers: Browser[] = option('--browser') ? [option('--browser') as Browser] : ['chrome', 'firefox'];
const dataDir = resolve(option('--data-dir') ?? join(root, 'assets/article'));

const started = performance.now();
const loaded = loadArticleData(dataDir);
if (!loaded.ok) {
  console.error(`✖ The article data in ${dataDir} is invalid (${loaded.errors.length} problem(s)):`);
  for (const error of loaded.errors) console.error(`  - ${error}`);
  process.exit(1);
}
if (flag('--check-data')) {
  console.log(`✔ article data valid (${dataDir})`);
  process.exit(0);
}
const contentShare = JSON.stringify(toContentShare(loaded.data));

const virtualModules = virtualModulesPlugin(contentShare);

const ENTRIES = {
  sentinel: 'src/sentinel/index.ts',
  content: 'src/content/index.ts',
  card: 'src/card/index.ts',
  background: 'src/background/index.ts',
  panel: 'src/panel/index.tsx',
  options: 'src/options/index.tsx',
  onboarding: 'src/onboarding/index.tsx',
};
const PAGES = ['panel', 'options', 'onboarding'];

function copyStatic(browser: Browser, outdir: string): void {
  const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifestFor(base, browser), null, 2));
  for (const page of PAGES) cpSync(join(root, `src/${page}/${page}.html`), join(outdir, `${page}.html`));
  writeFileSync(
    join(outdir, 'content.css'),
    contentCssFor(readFileSync(join(root, 'src/content/content.css'), 'utf8'), browser),
  );
  cpSync(join(root, 'assets/icons'), join(outdir, 'icons'), { recursive: true });
  cpSync(join(root, 'assets/_locales'), join(outdir, '_locales'), { recursive: true });
}

function options(browser: Browser): esbuild.BuildOptions {
  const outdir = join(root, 'dist', browser);
  return {
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    format: 'iife',
    target: browser === 'chrome' ? ['chrome116'] : ['firefox140'],
    minify: release,
    sourcemap: release ? false : 'linked',
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    define: { __BROWSER__: JSON.stringify(browser), __DEV__: String(!release), __TIMING__: String(!release) },
    logLevel: 'warning',
    metafile: true,
    plugins: [
      virtualModules,
      noHtmlSinkPlugin,
      {
        name: 'static',
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length === 0) copyStatic(browser, outdir);
          });
        },
      },
    ],
  };
}

function writeDemo(): void {
  const dir = join(root, 'dist/demo');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), demoPage(loaded.ok ? loaded.data : undefined));
}

if (!watch) rmSync(join(root, 'dist'), { recursive: true, force: true });
writeDemo();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const share = Buffer.from(JSON.stringify(JSON.parse(contentShare)));
console.log(`content-script data share: ${kb(share.length)} minified, ${kb(gzipSync(share).length)} gzipped`);

if (watch) {
  for (const browser of browsers) {
    const context = await esbuild.context(options(browser));
    await context.watch();
  }
  console.log(`watching src/ for ${browsers.join(' and ')} (Ctrl+C to stop)`);
} else {
  for (const browser of browsers) {
    const result = await esbuild.build(options(browser));
    const outputs = result.metafile?.outputs ?? {};
    const sizes = Object.entries(outputs)
      .filter(([file]) => file.endsWith('.js'))
      .map(([file, o]) => `${file.split('/').pop()} ${kb(o.bytes)}`);
    console.log(`dist/${browser}: ${sizes.join(', ')}`);
  }
  if (!existsSync(join(root, 'dist/chrome/manifest.json'))) process.exit(1);
  console.log(`built in ${Math.round(performance.now() - started)} ms (${release ? 'release' : 'development'})`);
}
