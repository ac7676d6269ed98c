/**
 * The full scan's text, held until its walk ends (or a limit is reached), so that matching does not compete with the
 * walk for the CPU; the limit bounds a huge page's memory. The first text sent, the top of the page that the reader
 * sees first, goes in a request of its own.
 */
import type { TextChunk } from './text-runs';

export class HeldText {
  private groups: TextChunk[][] = [];
  private chars = 0;
  private sentFirst = false;

  constructor(
    /** Characters held at most before they are sent. */
    private readonly limit: number,
    /** Sends groups of chunks as one request. */
    private readonly send: (groups: TextChunk[][]) => void,
  ) {}

  /** A full scan starts: nothing is held, and the next text sent is the first. */
  reset(): void {
    this.groups = [];
    this.chars = 0;
    this.sentFirst = false;
  }

  /** Holds a group of chunks of `chars` characters. */
  hold(chunks: TextChunk[], chars: number): void {
    this.groups.push(chunks);
    this.chars += chars;
  }

  /** Sends what is held when the walk is `done` or the limit is reached. */
  flush(done: boolean): void {
    if (!this.groups.length || (!done && this.chars < this.limit)) return;
    const groups = this.groups;
    this.groups = [];
    this.chars = 0;
    if (!this.sentFirst) {
      this.sentFirst = true;
      this.send([groups.shift()!]);
    }
    if (groups.length) this.send(groups);
  }
}
