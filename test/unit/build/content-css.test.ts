import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentCssFor } from '../../../build/content-css';
import { ALL_HIGHLIGHT_NAMES } from '../../../src/content/paint/highlight-names';

const source = readFileSync(new URL('../../../src/content/content.css', import.meta.url), 'utf8');
/** Selector → declarations, for each rule of a stylesheet (comments dropped). */
const rules = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({
    selector: m[1]!.trim(),
    body: m[2]!.trim(),
  }));

describe('contentCssFor', () => {
  it("writes Chrome's highlight rules on :root, with the same declarations, one for every highlight name", () => {
    const chrome = rules(contentCssFor(source, 'chrome'));
    const firefox = rules(contentCssFor(source, 'firefox'));
    expect(chrome.map((r) => r.selector).sort()).toEqual(
      ALL_HIGHLIGHT_NAMES.map((name) => `:root::highlight(${name})`).sort(),
    );
    expect(chrome.map((r) => r.body)).toEqual(firefox.map((r) => r.body));
  });

  it("keeps Firefox's rules as written (Firefox paints a highlight only from a rule on the text's own element)", () => {
    expect(contentCssFor(source, 'firefox')).toBe(source);
    expect(rules(source).every((r) => r.selector.startsWith('::highlight('))).toBe(true);
  });

  it('fails the build on a highlight rule it cannot move to :root, naming it', () => {
    expect(() => contentCssFor('p::highlight(x) { color: red; }', 'chrome')).toThrow(/p::highlight\(x\)/);
    expect(() => contentCssFor('::highlight(a), ::highlight(b) { color: red; }', 'chrome')).toThrow(/::highlight\(b\)/);
  });
});
