/** Page order across shadow roots: a web component's text sits where the component is. */
import { describe, expect, it } from 'vitest';
import { nodePrecedes } from '../../../../src/content/mentions/page-order';

describe('page order', () => {
  it('puts a shadow root’s text where its host is, before the host’s light children, nested roots too', () => {
    document.body.innerHTML = '<p>one</p><x-card>light</x-card><p>two</p>';
    const host = document.querySelector('x-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>shadow</span><y-card></y-card><slot></slot><span>after slot</span>';
    shadow.querySelector('y-card')!.attachShadow({ mode: 'open' }).innerHTML = '<b>deep</b>';
    const texts: Text[] = [];
    const collect = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    };
    collect(document.body);
    collect(shadow);
    collect(shadow.querySelector('y-card')!.shadowRoot!);
    const sorted = [...texts].sort((a, b) => (nodePrecedes(a, b) ? -1 : nodePrecedes(b, a) ? 1 : 0));
    expect(sorted.map((t) => t.data)).toEqual(['one', 'shadow', 'deep', 'after slot', 'light', 'two']);
    // A host comes before the text of its own shadow root.
    expect(nodePrecedes(host, shadow.querySelector('span')!.firstChild!)).toBe(true);
    expect(nodePrecedes(shadow.querySelector('span')!.firstChild!, host)).toBe(false);
    expect(nodePrecedes(texts[0]!, texts[0]!)).toBe(false);
  });
});
