/**
 * Mention engine benchmark (issue 4): `npx tsx --expose-gc test/bench/match.bench.ts`.
 * Engine vs the one-big-RegExp baseline, on the corpus's visible text and on 10 MB of generated news text.
 */
import { existsSync } from 'node:fs';
import { compileTables } from '../../src/match';
import { CORPUS_DIR } from '../paths';
import { loadCorpusTexts } from '../shared/corpus-text';
import { generateNewsText } from '../shared/news-text';
import { measure, measureCompile, sample } from './match-measure';

const c = measureCompile();
console.log(
  `compile: tables ${c.compileMs.toFixed(1)} ms (cold), from precompiled JSON ${c.fromCompiledMs.toFixed(2)} ms, first match (RegExp compile) ${c.firstMatchMs.toFixed(1)} ms; ` +
    `${c.formCount} surface forms, pattern ${c.patternChars} chars; matcher heap ${c.heapBytes === null ? 'n/a (run with --expose-gc)' : `${(c.heapBytes / 1024).toFixed(0)} KB`}`,
);
const t0 = performance.now();
for (let i = 0; i < 5; i++) compileTables();
console.log(`compile (warm): ${((performance.now() - t0) / 5).toFixed(1)} ms`);

/**
 * The baseline is so slow (a Unicode lookbehind tried before each of ~2,000 alternatives at every position) that it
 * runs on a sample (BASELINE_MB, default 0.5 MB) of each input; the engine runs on that same sample for the ratio
 * and on the whole input for its own throughput. `BASELINE_MB=100` measures the baseline on everything (minutes).
 */
const BASELINE_BYTES = Number(process.env.BASELINE_MB ?? 0.5) * 1e6;

const report = (label: string, texts: string[]): void => {
  const mb = (xs: string[]): number => xs.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  const full = measure(texts, { rounds: 3, baseline: false });
  const part = sample(texts, BASELINE_BYTES);
  const r = measure(part, { rounds: 1 });
  console.log(
    `${label.padEnd(9)} engine ${full.engineMBps.toFixed(1)} MB/s on all ${mb(texts).toFixed(2)} MB (${full.engineMentions} mentions); ` +
      `on a ${mb(part).toFixed(2)} MB sample: engine ${r.engineMBps.toFixed(1)} MB/s (${r.engineMentions} mentions), ` +
      `baseline ${r.baselineMBps.toFixed(2)} MB/s (${r.baselineMatches} matches), engine/baseline ${r.ratio.toFixed(0)}x`,
  );
};

if (existsSync(CORPUS_DIR))
  report(
    'corpus',
    loadCorpusTexts().map((p) => p.text),
  );
const generated = generateNewsText(10_000_000);
report('generated', [generated]);
{
  // The content script hands the engine 16 KB chunks (src/content/text-runs.ts): the same text, cut that way.
  const chunks: string[] = [];
  for (let i = 0; i < generated.length; i += 16_384) chunks.push(generated.slice(i, i + 16_384));
  const r = measure(chunks, { rounds: 3, baseline: false });
  console.log(
    `generated in 16 KB chunks (as the content script sends it to the background): engine ${r.engineMBps.toFixed(1)} MB/s (${r.engineMentions} mentions)`,
  );
}
