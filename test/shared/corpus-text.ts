/**
 * The text of the corpus of real saved pages, as the content script would read it: test input for the matcher's
 * false-positive tests and for the benchmarks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { CORPUS_DIR } from '../paths.ts';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const BLOCK = new Set(
  'address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul title'.split(
    ' ',
  ),
);

/** Visible text of an HTML page as the content script assembles it: inline text joined, blocks separated by "\n". */
export function visibleText(html: string): string {
  const parts: string[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        else if (BLOCK.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        else if (BLOCK.has(name)) parts.push('\n');
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
