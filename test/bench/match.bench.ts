/**
 * Mention engine benchmark (issue 4): `npx tsx --expose-gc test/bench/match.bench.ts`.
 * Engine vs the one-big-RegExp baseline, on the corpus's visible text and on 10 MB of generated news text.
 */
import { existsSync } from 'node:fs';
import { compileTables } from '../../src/match';
import { CORPUS_DIR, loadCorpusTexts } from './match-corpus';
import { generateNewsText } from './match-generate';
import { measure, measureCompile } from './match-measure';

const c = measureCompile();
console.log(
  `compile: tables ${c.compileMs.toFixed(1)} ms (cold), from precompiled JSON ${c.fromCompiledMs.toFixed(2)} ms, first match (RegExp compile) ${c.firstMatchMs.toFixed(1)} ms; ` +
    `${c.formCount} surface forms, pattern ${c.patternChars} chars; matcher heap ${c.heapBytes === null ? 'n/a (run with --expose-gc)' : `${(c.heapBytes / 1024).toFixed(0)} KB`}`,
);
const t0 = performance.now();
for (let i = 0; i < 5; i++) compileTables();
console.log(`compile (warm): ${((performance.now() - t0) / 5).toFixed(1)} ms`);

const report = (label: string, texts: string[]): void => {
  const mb = texts.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  const r = measure(texts);
  console.log(
    `${label.padEnd(10)} ${mb.toFixed(2)} MB: engine ${r.engineMBps.toFixed(1)} MB/s (${r.engineMentions} mentions), ` +
      `baseline ${r.baselineMBps.toFixed(1)} MB/s (${r.baselineMatches} matches), ratio ${r.ratio.toFixed(2)}x`,
  );
};

if (existsSync(CORPUS_DIR)) report('corpus', loadCorpusTexts().map((p) => p.text));
report('generated', [generateNewsText(10_000_000)]);
