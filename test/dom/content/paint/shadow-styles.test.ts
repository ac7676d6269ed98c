import { describe, expect, it } from 'vitest';
import { ShadowStyles } from '../../../../src/content/paint/shadow-styles';

const RULES = '::highlight(fact-context-underline-people) { text-decoration: underline; }';

function shadowRoot(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

/** A shadow root with a sheet of the page's own, and our rules added to it. */
function styledRoot() {
  const root = shadowRoot();
  const own = new CSSStyleSheet();
  root.adoptedStyleSheets = [own];
  const styles = new ShadowStyles(RULES);
  styles.add(root);
  return { root, own, styles };
}

describe('ShadowStyles', () => {
  it("adds our rules to a shadow root once, after the page's own sheets", () => {
    const { root, own, styles } = styledRoot();
    styles.add(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    expect(root.adoptedStyleSheets[1]).toBeInstanceOf(CSSStyleSheet);
    expect(root.adoptedStyleSheets[1]).not.toBe(own); // its rules: the end-to-end test reads them in Firefox
  });

  it('adds them again after the page replaced its sheets, and shares one sheet between roots', () => {
    const [a, b] = [shadowRoot(), shadowRoot()];
    const styles = new ShadowStyles(RULES);
    styles.add(a);
    a.adoptedStyleSheets = [];
    styles.add(a);
    styles.add(b);
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(b.adoptedStyleSheets[0]).toBe(a.adoptedStyleSheets[0]);
  });

  it("gives our rules back to a root whose component replaced its sheets, after the page's own", () => {
    const { root, own, styles } = styledRoot();
    const rerendered = new CSSStyleSheet();
    root.adoptedStyleSheets = [own, rerendered];
    styles.restore();
    expect(root.adoptedStyleSheets).toHaveLength(3);
    expect(root.adoptedStyleSheets.slice(0, 2)).toEqual([own, rerendered]);
    styles.restore();
    expect(root.adoptedStyleSheets).toHaveLength(3);
  });

  it('lets go of a root whose host left the page, taking our rules out of it', () => {
    const { root, own, styles } = styledRoot();
    root.host.remove();
    styles.restore();
    expect(root.adoptedStyleSheets).toEqual([own]);
    // Forgotten: back in the page, it gets our rules only when we paint in it again (add), not from restore.
    document.body.append(root.host);
    styles.restore();
    expect(root.adoptedStyleSheets).toEqual([own]);
    styles.add(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
  });

  it('takes only our sheet out again on destroy, and never throws into the page', () => {
    const { root, own, styles } = styledRoot();
    styles.destroy();
    expect(root.adoptedStyleSheets).toEqual([own]);

    const frozen = shadowRoot();
    Object.defineProperty(frozen, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new DOMException('no', 'NotAllowedError');
      },
    });
    expect(() => styles.add(frozen)).not.toThrow();
    expect(() => styles.destroy()).not.toThrow();
  });
});
