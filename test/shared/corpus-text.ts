/**
 * The text of the corpus of real saved pages, as the content script would read it: test input for the matcher's
 * false-positive tests and for the benchmarks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { CORPUS_DIR } from '../paths.ts';
import { INLINED, KINDS, SKIPPED } from '../../src/content/scan/element-kinds.ts';

/**
 * Visible text of an HTML page as the content script assembles it (the same element kinds: src/content/scan/element-kinds.ts):
 * inline text joined, blocks separated by "\n", skipped subtrees left out.
 */
export function visibleText(html: string): string {
  const parts: string[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        const kind = KINDS.get(name) ?? 0;
        if (kind & SKIPPED) skip++;
        else if (name === 'br') parts.push(' ');
        else if (!(kind & INLINED)) parts.push('\n');
      },
      onclosetag(name) {
        const kind = KINDS.get(name) ?? 0;
        if (kind & SKIPPED) skip = Math.max(0, skip - 1);
        else if (name !== 'br' && !(kind & INLINED)) parts.push('\n');
      },
      ontext(text) {
        if (!skip) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts.join('').replace(/\n\s*\n+/g, '\n');
}

/** Every corpus page's visible text, as { name: "readability/aclu.html", text }. */
export function loadCorpusTexts(dir = CORPUS_DIR): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const sub of ['readability', 'postlight']) {
    for (const f of readdirSync(join(dir, sub)).sort()) {
      if (!f.endsWith('.html')) continue;
      out.push({ name: `${sub}/${f}`, text: visibleText(readFileSync(join(dir, sub, f), 'utf8')) });
    }
  }
  return out;
}
