/**
 * Builds one RegExp source from many literal strings, shaped as a trie (shared prefixes factored out),
 * so the regex engine tests a handful of first characters per position instead of thousands of
 * alternatives. A space in a string matches any run of whitespace (`\s+`: NBSP, thin spaces, line breaks).
 * Optional tails are greedy, so the longest string wins; the caller's lookahead backtracks to shorter ones.
 */
interface Node {
  end: boolean;
  next: Map<string, Node>;
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

function escapeChar(ch: string): string {
  return ch === ' ' ? '\\s+' : ch.replace(SYNTAX, '\\$&');
}

function emit(node: Node): string {
  const singles: string[] = [];
  const branches: string[] = [];
  for (const [ch, child] of node.next) {
    if (child.next.size === 0 && ch !== ' ') singles.push(ch);
    else branches.push(escapeChar(ch) + emit(child));
  }
  if (singles.length === 1) branches.push(escapeChar(singles[0]!));
  else if (singles.length > 1) branches.push(`[${singles.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`);
  if (branches.length === 0) return '';
  if (!node.end) return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return branches.length === 1 && isAtom(branches[0]!) ? `${branches[0]}?` : `(?:${branches.join('|')})?`;
}

function isAtom(s: string): boolean {
  return /^(?:\\?.|\[[^\]]*\])$/u.test(s);
}

/** The trie-shaped alternation of `strings` (no boundaries, no flags; use with flag "u"). */
export function triePattern(strings: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const s of strings) {
    let node = root;
    for (const ch of s) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}
