import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The real-input tier: headful Chromium and Firefox on a virtual display, real key presses and pointer moves
 * (xdotool). Run by `npm run test:real`, which wraps it in xvfb-run; one browser at a time.
 */
export default defineConfig({
  root,
  test: {
    name: 'real',
    include: ['test/e2e-real/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: '.tmp/results-real.json' }]],
  },
});
