import { compileTables, createMatcherFromCompiled } from '../../src/match';
import type { CompiledTables, Matcher } from '../../src/match';

/** Throughput of one function over some texts: best of `rounds` passes. */
function throughput(
  texts: readonly string[],
  run: (t: string) => number,
  rounds: number,
): { mbps: number; count: number } {
  const mb = texts.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  let best = Infinity;
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    count = 0;
    for (const t of texts) count += run(t);
    best = Math.min(best, performance.now() - t0);
  }
  return { mbps: mb / (best / 1000 || 1e-9), count };
}

/** The baseline of issue 4: every surface form (inflected forms and case variants too) as one RegExp with Unicode lookarounds. */
export function baselineRegExp(compiled: CompiledTables): RegExp {
  const alts = Object.keys(compiled.forms)
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** What the benchmark reports. */
export interface BenchResult {
  engineMBps: number;
  baselineMBps: number;
  ratio: number;
  engineMentions: number;
  baselineMatches: number;
}

/** Engine vs baseline on the same texts, measured in the same run (engine warmed up first; best of `rounds`). */
export function measure(
  texts: readonly string[],
  options: { rounds?: number; matcher?: Matcher; compiled?: CompiledTables; baseline?: boolean } = {},
): BenchResult {
  const rounds = options.rounds ?? 3;
  const compiled = options.compiled ?? compileTables();
  const matcher = options.matcher ?? createMatcherFromCompiled(compiled);
  const re = baselineRegExp(compiled);
  const engine = (t: string): number => matcher.findMentions(t).length;
  const baseline = (t: string): number => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(t)) n++;
    return n;
  };
  throughput(texts, engine, 1);
  const e = throughput(texts, engine, rounds);
  // the baseline is slow: no warm-up pass, and it can be skipped when only the engine's figure is wanted
  const b = options.baseline === false ? { mbps: NaN, count: 0 } : throughput(texts, baseline, rounds);
  return {
    engineMBps: e.mbps,
    baselineMBps: b.mbps,
    ratio: e.mbps / b.mbps,
    engineMentions: e.count,
    baselineMatches: b.count,
  };
}

/** The first texts (whole) up to about `bytes` UTF-8 bytes, and a cut of the first text if that alone is larger. */
export function sample(texts: readonly string[], bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (const t of texts) {
    if (size >= bytes) break;
    const part = t.length > bytes - size ? t.slice(0, bytes - size) : t;
    out.push(part);
    size += Buffer.byteLength(part, 'utf8');
  }
  return out;
}

/** Cold compile time (tables → JSON, JSON → matcher, first match) and the heap the matcher keeps. */
export function measureCompile(): {
  compileMs: number;
  fromCompiledMs: number;
  firstMatchMs: number;
  heapBytes: number | null;
  formCount: number;
  patternChars: number;
} {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const compiled = compileTables();
  const t1 = performance.now();
  const json = JSON.parse(JSON.stringify(compiled)) as CompiledTables;
  const t1b = performance.now();
  const matcher = createMatcherFromCompiled(json);
  const t2 = performance.now();
  matcher.findMentions('Vladimir Putin');
  const t3 = performance.now();
  gc?.();
  const heapBytes = gc ? process.memoryUsage().heapUsed - before : null;
  (globalThis as { __keep?: unknown }).__keep = matcher;
  return {
    compileMs: t1 - t0,
    fromCompiledMs: t2 - t1b,
    firstMatchMs: t3 - t2,
    heapBytes,
    formCount: Object.keys(compiled.forms).length,
    patternChars: compiled.candidates.reduce((n, c) => n + c.pattern.length, 0),
  };
}
