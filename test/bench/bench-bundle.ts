/**
 * The bench entry (content-entry.ts) of a source tree, bundled with that tree's own build plugins and data,
 * minified as in a release: the content script's scanner, highlighter and matcher without extension APIs.
 */
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { repoRoot } from '../e2e/harness/server.ts';

export async function benchBundle(tree = repoRoot): Promise<string> {
  const { noHtmlSinkPlugin, virtualModulesPlugin } = await import(join(tree, 'build/plugins.ts'));
  const { loadArticleData } = await import(join(tree, 'build/load-data.ts'));
  const { toContentShare } = await import(join(tree, 'src/data/content-share.ts'));
  const loaded = loadArticleData(join(tree, 'assets/article'));
  if (!loaded.ok) throw new Error(`${tree}: ${loaded.errors.join('\n')}`);
  const out = await esbuild.build({
    entryPoints: [join(tree, 'test/bench/content-entry.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'chrome116',
    loader: { '.css': 'text' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __BROWSER__: '"chrome"', __DEV__: 'false' },
    plugins: [virtualModulesPlugin(JSON.stringify(toContentShare(loaded.data))), noHtmlSinkPlugin],
  });
  return out.outputFiles[0]!.text;
}
