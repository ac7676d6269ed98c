/**
 * Turns a DOM subtree into "runs": the text of one block as a reader sees it, with the Text nodes it came
 * from, gathered into chunks. Inline elements are joined (`<a>Vladimir</a> Putin` is one run), `<br>` reads
 * as a space, block boundaries end a run. Skipped: scripts, styles, form fields, editors, hidden subtrees and our own UI.
 * Open shadow roots are walked as runs of their own. The walk is resumable so that it can be time-sliced.
 */
import { HOST, INLINED, KINDS, SKIP_SELECTOR, SKIPPED, UNSEEN } from './element-kinds';

/**
 * A chunk of page text: several runs (one per block, as a reader sees it) separated by "\n", with the Text
 * nodes they came from. Matching a chunk at once costs far less than matching each small block alone.
 */
export interface TextChunk {
  /**
   * The chunk's text in the pieces the walk read it in (each Text node's data, "\n" between runs, " " for a
   * `<br>`). They are joined off the page's thread, where the text is matched: joining them here would copy the
   * page's text once more and keep the copy alive, in the page's young heap, until the walk ends.
   */
  parts: string[];
  /** The text's length. */
  length: number;
  nodes: Text[];
  /** Offset of each node's first character in the text. */
  starts: number[];
  /** Offset where each run starts in the text, and the index of its first node. */
  runStarts: number[];
  runFirstNodes: number[];
}

/** Where a chunk's text came from: what a mention found in it is mapped back to the page with. */
export type ChunkNodes = Omit<TextChunk, 'parts' | 'length'>;

/** How many characters a chunk gathers before it is handed to the matcher (a fraction of a millisecond). */
const CHUNK_CHARS = 16_384;

/**
 * A resumable walk over a subtree (a manual firstChild/nextSibling walk: measured fastest). `next()` returns
 * the next run, or null at the end. Shadow roots found on the way are walked after the subtree that hosts them.
 */
export class RunWalker {
  private node: Node | null;
  private root: Node;
  private readonly pendingRoots: Node[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private runStarts: number[] = [];
  private runFirstNodes: number[] = [];
  /** The current chunk's text, in pieces (see TextChunk.parts). */
  private parts: string[] = [];
  private length = 0;
  /** For each element the walk is inside of (below the root): whether it is a block. */
  private readonly openBlocks: boolean[] = [];
  /** True when the current run has text (a boundary then starts a new run). */
  private inRun = false;
  /** Text characters visited so far (for caps and benchmarks). */
  visitedChars = 0;

  constructor(
    root: Node,
    private readonly onShadowRoot?: (root: ShadowRoot) => void,
    /** Custom elements met without a shadow root (they may attach one once the page defines them). */
    private readonly onBareCustomElement?: (el: Element) => void,
  ) {
    this.root = root;
    this.node = root;
  }

  /** True once every run has been returned. */
  get done(): boolean {
    return this.node === null && this.pendingRoots.length === 0 && this.nodes.length === 0;
  }

  /** The node the walk will visit next (null between roots or at the end). */
  get position(): Node | null {
    return this.node;
  }

  /** Returns the next chunk of text, or null when the walk is done. */
  next(): TextChunk | null {
    for (;;) {
      const run = this.step();
      if (run) return run;
      const last = this.flush();
      if (last) return last;
      const nextRoot = this.pendingRoots.shift();
      if (!nextRoot) return null;
      this.root = nextRoot;
      this.node = nextRoot;
      this.openBlocks.length = 0;
    }
  }

  /**
   * Advances until a chunk is full at a block boundary (returned) or the current root ends (null). Reads each
   * element's name once: whether each open element is a block is kept on a stack for when the walk leaves it.
   */
  private step(): TextChunk | null {
    const root = this.root;
    const blocks = this.openBlocks;
    // Hot loop: the fields it changes live in locals (written back before any return).
    const { nodes, starts, runStarts, parts } = this;
    let length = this.length;
    let inRun = this.inRun;
    let visited = this.visitedChars;
    let node = this.node;
    while (node) {
      let boundary = false;
      let next: Node | null = null;
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        visited += data.length;
        // White space between blocks (the page's indentation) starts no run: a run starts at its first letter.
        if (data.length && (inRun || !blank(data))) {
          if (!inRun) {
            inRun = true;
            if (length) {
              parts.push('\n');
              length++;
            }
            runStarts.push(length);
            this.runFirstNodes.push(nodes.length);
          }
          nodes.push(node as Text);
          starts.push(length);
          parts.push(data);
          length += data.length;
        }
      } else if (type === 1) {
        const el = node as Element;
        const name = el.localName;
        const kind = KINDS.get(name) ?? 0;
        // insideSkipped()'s test, written out: this loop runs on every element of the page.
        if (kind & SKIPPED || (el.hasAttributes() && el.matches(SKIP_SELECTOR))) {
          boundary = !(kind & UNSEEN);
        } else {
          const custom = kind === 0 && name.includes('-');
          if (custom || kind & HOST) {
            const shadow = el.shadowRoot;
            if (shadow) {
              this.pendingRoots.push(shadow);
              this.onShadowRoot?.(shadow);
            } else if (custom) {
              this.onBareCustomElement?.(el);
            }
          }
          if (name === 'br') {
            if (inRun) {
              parts.push(' ');
              length++;
            }
          } else {
            const block = !(kind & INLINED);
            if (block && el !== root) boundary = true;
            next = el.firstChild;
            if (next) blocks.push(block);
          }
        }
      } else if (type === 9 || type === 11) {
        next = node.firstChild;
        if (next) blocks.push(false);
      }
      if (!next && node !== root) {
        // Leave this node, and every ancestor it was the last child of; leaving a block ends the run.
        let current: Node = node;
        while (!current.nextSibling) {
          const parent: Node | null = current.parentNode;
          if (!parent || parent === root) {
            current = root;
            break;
          }
          current = parent;
          // (A page that moved nodes mid-walk may leave the stack short: count that as a block.)
          if (blocks.pop() ?? true) boundary = true;
        }
        next = current === root ? null : current.nextSibling;
      }
      if (boundary && inRun) {
        inRun = false;
        if (length >= CHUNK_CHARS) {
          this.node = next;
          this.length = length;
          this.inRun = false;
          this.visitedChars = visited;
          return this.flush()!; // (a run just ended: the chunk has nodes)
        }
      }
      node = next;
    }
    this.node = null;
    this.length = length;
    this.inRun = inRun;
    this.visitedChars = visited;
    return null;
  }

  private flush(): TextChunk | null {
    // Nothing gathered (a root without text, a live update's blank block, a root ending right after a full chunk):
    // no new lists. Every run starts with a Text node that is not blank, so a chunk with nodes has text.
    if (!this.nodes.length) return null;
    const chunk: TextChunk = {
      parts: this.parts,
      length: this.length,
      nodes: this.nodes,
      starts: this.starts,
      runStarts: this.runStarts,
      runFirstNodes: this.runFirstNodes,
    };
    this.nodes = [];
    this.starts = [];
    this.runStarts = [];
    this.runFirstNodes = [];
    this.parts = [];
    this.length = 0;
    this.inRun = false;
    return chunk;
  }
}

/** True when `data` is only spaces, tabs and line breaks (a loop that stops at the first other character). */
function blank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}
