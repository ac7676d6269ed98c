import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Two tiers run by vitest: pure unit tests in node, DOM/component tests in happy-dom. E2E has its own config. */
export default defineConfig({
  root,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // Development builds record User Timing measures (src/content/timing.ts); the tests run without them.
  define: { __TIMING__: 'false' },
  // The build's virtual modules (build/plugins.ts), made at test time instead.
  resolve: {
    alias: {
      'fact-context:compiled-matcher': fileURLToPath(new URL('unit/shared/compiled-matcher.ts', import.meta.url)),
      'fact-context:name-keys': fileURLToPath(new URL('unit/shared/name-keys.ts', import.meta.url)),
      'fact-context:strings-en': fileURLToPath(new URL('unit/shared/strings-en.ts', import.meta.url)),
    },
  },
  test: {
    reporters: ['default', ['json', { outputFile: '.tmp/results-unit.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['test/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
    ],
  },
});
