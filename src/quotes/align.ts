/**
 * Grows a match of one page word against one quotation word into the longest run the page repeats, word by
 * word in both directions. Pages shorten and retouch quotations, so besides exact words the run may go on:
 * over an ellipsis in the page ("…", "[…]", "..."), where the quotation skips ahead to the page's next word;
 * and over one small change (up to two words added, dropped or replaced) when the next three words agree
 * again. Requiring three agreeing words after a change keeps unrelated text from riding along.
 */
import { isEllipsis, type Word } from './words';

/** A run: pairs of (page word index, quotation word index), in order. */
export interface Run {
  pairs: Array<[number, number]>;
  /** How many changes (not ellipses) the run went over. */
  changes: number;
}

/** Words that must agree after a change before the run goes on over it. */
const AGREE_AFTER_CHANGE = 3;
const MAX_SKIP = 2;

/**
 * The run through page word `i` = quotation word `q` (they must be equal). `between(a, b)` gives the page's text
 * between its words a < b (the aligner looks only for an ellipsis there).
 */
export function alignRun(
  page: readonly Word[],
  quote: readonly string[],
  i: number,
  q: number,
  between: (a: number, b: number) => string,
): Run {
  const right = extend(page, quote, i, q, 1, between);
  const left = extend(page, quote, i, q, -1, between);
  const pairs: Array<[number, number]> = [...left.pairs.reverse(), [i, q], ...right.pairs];
  return { pairs, changes: left.changes + right.changes };
}

function extend(
  page: readonly Word[],
  quote: readonly string[],
  i: number,
  q: number,
  d: 1 | -1,
  between: (a: number, b: number) => string,
): Run {
  const pairs: Array<[number, number]> = [];
  let changes = 0;
  const pw = (k: number): string | undefined => page[k]?.w;
  const qw = (k: number): string | undefined => (k >= 0 ? quote[k] : undefined);
  const agree = (pi: number, qi: number, n: number): boolean => {
    for (let k = 0; k < n; k++) {
      const a = pw(pi + k * d);
      if (a === undefined || a !== qw(qi + k * d)) return false;
    }
    return true;
  };
  for (;;) {
    const ni = i + d;
    const nq = q + d;
    if (pw(ni) === undefined || qw(nq) === undefined) break;
    if (pw(ni) === qw(nq)) {
      pairs.push([ni, nq]);
      i = ni;
      q = nq;
      continue;
    }
    // An ellipsis in the page: the quotation skips ahead to the page's next word (and the one after agrees).
    const sep = d === 1 ? between(i, ni) : between(ni, i);
    if (isEllipsis(sep)) {
      let found = -1;
      for (let j = nq + d; qw(j) !== undefined; j += d) {
        if (qw(j) === pw(ni) && (pw(ni + d) === undefined || qw(j + d) === undefined || qw(j + d) === pw(ni + d))) {
          found = j;
          break;
        }
      }
      if (found >= 0) {
        pairs.push([ni, found]);
        i = ni;
        q = found;
        continue;
      }
    }
    // A small change: up to two words added, dropped or replaced, then three words agree again.
    let moved = false;
    for (let a = 0; a <= MAX_SKIP && !moved; a++) {
      for (let b = 0; b <= MAX_SKIP && !moved; b++) {
        if (a === 0 && b === 0) continue;
        const pi = i + d * (a + 1);
        const qi = q + d * (b + 1);
        if (agree(pi, qi, AGREE_AFTER_CHANGE)) {
          changes++;
          pairs.push([pi, qi]);
          i = pi;
          q = qi;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return { pairs, changes };
}

/** The longest stretch of the run whose page words and quotation words both follow on one another. */
export function longestExact(run: Run): number {
  let best = 0;
  let cur = 0;
  for (let k = 0; k < run.pairs.length; k++) {
    const prev = run.pairs[k - 1];
    const [p, q] = run.pairs[k]!;
    cur = prev && prev[0] === p - 1 && prev[1] === q - 1 ? cur + 1 : 1;
    best = Math.max(best, cur);
  }
  return best;
}
