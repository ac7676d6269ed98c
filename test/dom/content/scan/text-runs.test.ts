/** The text the walk hands the matcher: one line per block as a reader sees it, and the Text nodes behind it. */
import { describe, expect, it } from 'vitest';
import { RunWalker, type TextChunk } from '../../../../src/content/scan/text-runs';

function chunksOf(html: string): TextChunk[] {
  document.body.innerHTML = html;
  const walker = new RunWalker(document.body);
  const chunks: TextChunk[] = [];
  for (let c = walker.next(); c; c = walker.next()) chunks.push(c);
  return chunks;
}

describe('the walk’s text', () => {
  it('joins inline elements, reads <br> as a space and puts each block on a line of its own', () => {
    const [chunk, more] = chunksOf(
      '<p><a href="#">Vladimir</a> Putin</p><p>Donald<br>Trump</p><div>Kyiv<div>Moscow</div></div>',
    );
    expect(more).toBeUndefined();
    expect(chunk!.parts.join('')).toBe('Vladimir Putin\nDonald Trump\nKyiv\nMoscow');
    expect(chunk!.length).toBe(chunk!.parts.join('').length);
  });

  it('sends no line for the white space between indented blocks, and keeps spaces inside a line', () => {
    const [chunk] = chunksOf(
      '\n  <div>\n    <p>\n      Vladimir <b> </b>Putin\n    </p>\n    <p> \t </p>\n    <p>Kyiv</p>\n  </div>\n',
    );
    const text = chunk!.parts.join('');
    // (A block's own Text nodes are sent whole, their spaces with them: only blank ones between blocks are left out.)
    expect(text).toBe('\n      Vladimir  Putin\n    \nKyiv');
    // Every node kept maps to where its text is.
    chunk!.nodes.forEach((node, i) =>
      expect(text.slice(chunk!.starts[i], chunk!.starts[i]! + node.data.length)).toBe(node.data),
    );
  });

  it('hands over nothing for a page of white space and skipped elements', () => {
    expect(chunksOf('\n <div>\n </div>\n<script>var Putin = 1;</script><textarea>Putin</textarea>\n')).toEqual([]);
  });
});
