/**
 * `npm run bench`: every benchmark, one after the other (each prints its figures next to a baseline
 * measured in the same run). Timing lives here, never in the test suites.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = ['match.bench.ts', 'content.bench.ts'];
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`);
  const file = fileURLToPath(new URL(bench, import.meta.url));
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
