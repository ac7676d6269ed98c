/** esbuild plugins shared by the build and the benchmark bundle. */
import type * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileTables } from '../src/match/index.ts';
import { nameKeys } from '../src/match/name-keys.ts';
import { englishTablesModule } from './strings-en.ts';

/**
 * Serves the build-time modules without writing generated files: `fact-context:content-share` (the content
 * script's share of the data) and `fact-context:compiled-matcher` (the engine's precompiled tables, ~50 ms
 * to compile at run time), `fact-context:name-keys` (the content script's first look for names, see
 * src/match/name-keys.ts), and `fact-context:strings-en` (the UI's English strings, see strings-en.ts). The large
 * ones are emitted as JSON.parse of a string, which engines parse faster than a large object literal; the string
 * tables as object literals, so that a bundle keeps only the tables it imports.
 */
export function virtualModulesPlugin(contentShareJson: string): esbuild.Plugin {
  const compiled = compileTables();
  const compiledMatcher = JSON.stringify(compiled);
  return {
    name: 'virtual-modules',
    setup(build) {
      build.onResolve({ filter: /^fact-context:(content-share|compiled-matcher|name-keys|strings-en)$/ }, (args) => ({
        path: args.path.slice(13),
        namespace: 'fc',
      }));
      build.onLoad({ filter: /.*/, namespace: 'fc' }, (args) => {
        if (args.path === 'content-share')
          return { contents: `export default JSON.parse(${JSON.stringify(contentShareJson)});`, loader: 'js' };
        if (args.path === 'strings-en') {
          const messages = fileURLToPath(new URL('../assets/_locales/en/messages.json', import.meta.url));
          const contents = englishTablesModule(JSON.parse(readFileSync(messages, 'utf8')));
          return { contents, loader: 'js', watchFiles: [messages] };
        }
        if (args.path === 'name-keys')
          return { contents: `export default ${JSON.stringify(nameKeys(Object.keys(compiled.forms)))};`, loader: 'js' };
        // The tables stay a string until a page's text first holds a candidate (most pages: never).
        const contents = `const json = ${JSON.stringify(compiledMatcher)};
let tables;
export const candidates = ${JSON.stringify(compiled.candidates)};
export function load() { return (tables ??= JSON.parse(json)); }`;
        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * Fact Context renders data as text, never as HTML. Preact's only HTML sink is `dangerouslySetInnerHTML`,
 * which we never use; the build turns it into a text sink, so no bundle assigns page or data text to
 * innerHTML (and web-ext lint has nothing to warn about).
 */
export const noHtmlSinkPlugin: esbuild.Plugin = {
  name: 'no-html-sink',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replace(/\.innerHTML=([\w$]+)\.__html/g, '.textContent=$1.__html');
      if (patched === source)
        throw new Error(`no-html-sink: Preact's innerHTML sink not found in ${args.path}; update the pattern`);
      return { contents: patched, loader: 'js' };
    });
  },
};
