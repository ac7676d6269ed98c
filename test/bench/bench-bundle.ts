/**
 * The bench entry (content-entry.ts) of a source tree, bundled with that tree's own build plugins and data,
 * minified as in a release: the content script's scanner and highlighter without extension APIs. Where the
 * tree matches in the background, its stand-in (match-worker.ts) is bundled too and handed to the entry as
 * the source text of a worker (`bench:match-worker`).
 */
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

export async function benchBundle(tree = REPO_ROOT): Promise<string> {
  const { noHtmlSinkPlugin, virtualModulesPlugin } = await import(join(tree, 'build/plugins.ts'));
  const { loadArticleData } = await import(join(tree, 'build/load-data.ts'));
  const { toContentShare } = await import(join(tree, 'src/data/content-share.ts'));
  const loaded = loadArticleData(join(tree, 'assets/article'));
  if (!loaded.ok) throw new Error(`${tree}: ${loaded.errors.join('\n')}`);
  const bundle = (entry: string, plugins: esbuild.Plugin[] = []) =>
    esbuild.build({
      entryPoints: [join(tree, entry)],
      bundle: true,
      minify: process.env.BENCH_MINIFY !== '0', // BENCH_MINIFY=0 keeps names, for profiles
      write: false,
      format: 'iife',
      target: 'chrome116',
      loader: { '.css': 'text' },
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: { __BROWSER__: '"chrome"', __DEV__: 'false', __TIMING__: 'true' },
      plugins: [virtualModulesPlugin(JSON.stringify(toContentShare(loaded.data))), noHtmlSinkPlugin, ...plugins],
    });
  const workerEntry = 'test/bench/match-worker.ts';
  const workerCode = existsSync(join(tree, workerEntry)) ? (await bundle(workerEntry)).outputFiles[0]!.text : '';
  const workerModule: esbuild.Plugin = {
    name: 'bench-worker',
    setup(build) {
      build.onResolve({ filter: /^bench:match-worker$/ }, () => ({ path: 'match-worker', namespace: 'bench' }));
      build.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
        contents: `export default ${JSON.stringify(workerCode)};`,
        loader: 'js',
      }));
    },
  };
  return (await bundle('test/bench/content-entry.ts', [workerModule])).outputFiles[0]!.text;
}
