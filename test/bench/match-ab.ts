/**
 * The matcher of two source trees side by side, in Node (no browser): what each finds on the corpus, per actor,
 * the mentions only one of them finds, and the warm throughput of each, rounds interleaved so that the machine's
 * noise hits both alike. Check out the older commit with `git worktree add /tmp/before <commit>` (and link its
 * node_modules), then:
 *
 *   npx tsx test/bench/match-ab.ts /tmp/before .            (ROUNDS=15 DIFF=1 to list the differing mentions)
 *
 * Throughput is per round the time of one pass over each input; the ratio is before/after (above 1: the second
 * tree is faster), with its 95 % bootstrap interval over the rounds.
 */
import { join, resolve } from 'node:path';
import { loadCorpusTexts } from '../shared/corpus-text';
import { generateNewsText } from '../shared/news-text';
import { bootstrapInterval, median } from './stats';

interface Found {
  start: number;
  end: number;
  actorId: string;
}
interface TreeMatcher {
  findMentions(text: string): Found[];
}

const trees = process.argv.slice(2).map((t) => resolve(t));
if (trees.length !== 2) throw new Error('usage: npx tsx test/bench/match-ab.ts <before-tree> <after-tree>');

const matchers: TreeMatcher[] = await Promise.all(
  trees.map(async (tree) => {
    const m = (await import(join(tree, 'src/match/index.ts'))) as {
      compileTables(): unknown;
      createMatcherFromCompiled(c: unknown): TreeMatcher;
    };
    // As the extension runs it: tables compiled ahead of time, shipped as JSON.
    return m.createMatcherFromCompiled(JSON.parse(JSON.stringify(m.compileTables())));
  }),
);

const corpus = loadCorpusTexts();
const counts = trees.map(() => new Map<string, number>());
const only: string[][] = [[], []];
for (const { name, text } of corpus) {
  const found = matchers.map((m) => m.findMentions(text));
  const keys = found.map((list) => new Set(list.map((f) => `${f.start}:${f.end}:${f.actorId}`)));
  found.forEach((list, i) => {
    for (const f of list) {
      counts[i]!.set(f.actorId, (counts[i]!.get(f.actorId) ?? 0) + 1);
      if (!keys[1 - i]!.has(`${f.start}:${f.end}:${f.actorId}`)) {
        const around = text.slice(Math.max(0, f.start - 40), f.end + 40).replace(/\s+/g, ' ');
        only[i]!.push(`${name}: ${f.actorId}=${text.slice(f.start, f.end)} | ${around}`);
      }
    }
  });
}
const ids = [...new Set([...counts[0]!.keys(), ...counts[1]!.keys()])].sort(
  (a, b) => (counts[0]!.get(b) ?? 0) - (counts[0]!.get(a) ?? 0),
);
console.log(`corpus: ${corpus.length} pages; mentions per actor, ${trees[0]} → ${trees[1]}`);
for (const id of ids) {
  const [a, b] = counts.map((c) => c.get(id) ?? 0);
  console.log(
    `  ${id.padEnd(20)} ${String(a).padStart(5)} → ${String(b).padStart(5)}${a === b ? '' : `  (${b! - a! > 0 ? '+' : ''}${b! - a!})`}`,
  );
}
const total = counts.map((c) => [...c.values()].reduce((x, y) => x + y, 0));
console.log(`  ${'total'.padEnd(20)} ${String(total[0]).padStart(5)} → ${String(total[1]).padStart(5)}`);
console.log(`only in the first: ${only[0]!.length}; only in the second: ${only[1]!.length}`);
if (process.env.DIFF) {
  only.forEach((list, i) => {
    console.log(`--- only in ${trees[i]}`);
    for (const line of list) console.log(line);
  });
}

const chunked = (text: string): string[] =>
  Array.from({ length: Math.ceil(text.length / 16_384) }, (_, i) => text.slice(i * 16_384, (i + 1) * 16_384));
const inputs: [string, string[]][] = [
  ['corpus, page by page', corpus.map((p) => p.text)],
  ['generated multilingual news, 5 MB in 16 KB chunks', chunked(generateNewsText(5_000_000))],
];
const rounds = Number(process.env.ROUNDS ?? 15);
for (const [label, texts] of inputs) {
  const mb = texts.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  for (const m of matchers) for (const t of texts) m.findMentions(t); // warm-up
  const rows: [number, number][] = [];
  for (let r = 0; r < rounds; r++) {
    const row: number[] = [0, 0];
    for (let k = 0; k < 2; k++) {
      const i = r % 2 ? 1 - k : k; // alternate the order
      const t0 = performance.now();
      for (const t of texts) matchers[i]!.findMentions(t);
      row[i] = performance.now() - t0;
    }
    rows.push(row as [number, number]);
  }
  const ratio = (rs: readonly [number, number][]): number => median(rs.map((r) => r[0])) / median(rs.map((r) => r[1]));
  const [lo, hi] = bootstrapInterval(rows, ratio);
  const [a, b] = [0, 1].map((i) => median(rows.map((r) => r[i]!)));
  console.log(
    `${label} (${mb.toFixed(2)} MB): ${(mb / (a! / 1000)).toFixed(1)} → ${(mb / (b! / 1000)).toFixed(1)} MB/s ` +
      `(medians of ${rounds}: ${a!.toFixed(1)} → ${b!.toFixed(1)} ms), speed ratio ×${ratio(rows).toFixed(3)} [95 %: ${lo.toFixed(3)}–${hi.toFixed(3)}]`,
  );
}
