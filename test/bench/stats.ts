/**
 * How sure a benchmark figure is. These machines are shared and noisy: a median that lands just under a target in
 * one run lands just over it in the next. A bootstrap interval (the rounds resampled with replacement, the
 * figure computed again each time) says whether a target is met, missed, or within the run's own noise.
 */

export function median(xs: readonly number[]): number {
  if (!xs.length) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** A small seeded generator (mulberry32), so that the same samples always give the same interval. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fewer rounds than this give too few distinct resamples: the interval comes out narrower than the noise (an A/B of
 * a tree against itself, three rounds, showed a 12 % "difference"). Callers say "too few rounds" instead.
 */
export const MIN_ROUNDS = 8;

/**
 * The central `confidence` interval of `statistic` over `rows` resampled with replacement. A row is what one round
 * measured (several numbers, when the figure pairs what was measured side by side in that round), so that a
 * resample keeps those pairs together.
 */
export function bootstrapInterval<T>(
  rows: readonly T[],
  statistic: (rows: readonly T[]) => number,
  { confidence = 0.95, iterations = 2000, seed = 1 }: { confidence?: number; iterations?: number; seed?: number } = {},
): [number, number] {
  if (!rows.length) throw new Error('bootstrap of nothing');
  const next = random(seed);
  const values: number[] = [];
  const sample: T[] = new Array(rows.length);
  for (let i = 0; i < iterations; i++) {
    for (let j = 0; j < rows.length; j++) sample[j] = rows[Math.floor(next() * rows.length)]!;
    values.push(statistic(sample));
  }
  values.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return [values[Math.floor(tail * (iterations - 1))]!, values[Math.ceil((1 - tail) * (iterations - 1))]!];
}

export type Verdict = 'met' | 'missed' | 'within noise';

/** Whether a target (`value ≤ limit`, or `≥` with `higherIsBetter`) holds across the whole interval, fails across it, or neither. */
export function verdict([low, high]: readonly [number, number], limit: number, higherIsBetter = false): Verdict {
  const [worst, best] = higherIsBetter ? [low, high] : [high, low];
  const holds = (x: number) => (higherIsBetter ? x >= limit : x <= limit);
  if (holds(worst)) return 'met';
  if (!holds(best)) return 'missed';
  return 'within noise';
}
