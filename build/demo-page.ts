/** The demo page `npm start` opens: the bundled article as an ordinary web page, for the extension to work on. */
import type { ArticleData } from '../src/data/types.ts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Returns a standalone HTML page with the article's title, standfirst and paragraphs. */
export function demoPage(data: ArticleData | undefined): string {
  const article = data?.article;
  const paragraphs = (article?.paragraphs ?? []).map((p) => `    <p id="${escape(p.id)}">${escape(p.text)}</p>`);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(article?.title ?? 'Fact Context demo')}</title>
  <style>
    body { font: 18px/1.6 Georgia, serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #222; background: #fdfcf8; }
    @media (prefers-color-scheme: dark) { body { color: #e6e6e6; background: #16181c; } }
    .section { text-transform: uppercase; letter-spacing: .08em; font: 600 13px system-ui, sans-serif; color: #a33; }
    .standfirst { font-size: 1.2rem; color: #555; }
    @media (prefers-color-scheme: dark) { .standfirst { color: #aaa; } }
    .note { font: 14px system-ui, sans-serif; border: 1px dashed #999; padding: .5rem .75rem; }
  </style>
</head>
<body>
  <p class="note">Fact Context demo page. Point at a highlighted name to see its card; open the side panel from the toolbar button.</p>
  <article>
    <p class="section">${escape(article?.section ?? '')}</p>
    <h1>${escape(article?.title ?? '')}</h1>
    <p class="standfirst">${escape(article?.standfirst ?? '')}</p>
${paragraphs.join('\n')}
  </article>
</body>
</html>
`;
}
