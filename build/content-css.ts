/**
 * The content script's stylesheet (src/content/content.css, its `::highlight()` rules) for one browser.
 *
 * Chromium resolves the style of every `::highlight()` rule that matches an element for that element on each
 * style recalculation, and a rule with no selector before `::highlight` matches every element: with our rules
 * injected, a page's restyle of a 5 MB page took 1.8× as long, with or without anything painted. Chromium's
 * highlight styles inherit through the highlight chain, every property included, so the same rules written on
 * `:root` paint the text of every element below it (shadow trees included), at the cost of one element.
 * Firefox paints a highlight only with a rule that matches the text's own element, and its restyles cost little
 * with the universal rules (72 ms without them, 73–79 ms with them and highlights registered): it keeps them.
 *
 * The default style is a tint, not an underline. In Chromium, once a highlight whose style has a `text-decoration`
 * is registered, every restyle of the page redoes its pre-paint and compositing inputs: +40 ms for a class toggled
 * on the `<body>` of a 5 MB page, even with one range. A background colour, a colour or a text shadow cost nothing
 * there. The underline (and high contrast, which underlines too) stays a setting.
 */
import type { Browser } from './manifest.ts';

/** A rule of content.css that starts with `::highlight(`. */
const RULE = /^::highlight\(/gm;

export function contentCssFor(css: string, browser: Browser): string {
  if (browser === 'firefox') return css;
  const out = css.replace(RULE, ':root::highlight(');
  // Any other form of rule (a compound or a list before ::highlight) would stay universal in Chromium.
  const stray = out
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .find((line) => /(?<!:root)::highlight\(/.test(line));
  if (stray)
    throw new Error(
      `content.css: write each highlight rule as "::highlight(name) { … }" at the start of a line (found: ${stray.trim()})`,
    );
  return out;
}
