/** The bundled article as the onboarding page's live demo: plain text in ordinary elements, for the content-script code to highlight. */
import article from '../../assets/article/article.json';

/** The demo's root attribute: the page's own UI is everything outside it. */
export const DEMO_ATTRIBUTE = 'data-fc-demo';

/** The article's section, title, standfirst and paragraphs, rendered as text (never as HTML). */
export function DemoArticle() {
  return (
    <article {...{ [DEMO_ATTRIBUTE]: '' }} lang="en">
      <p class="section">{article.section}</p>
      <h2>{article.title}</h2>
      <p class="standfirst">{article.standfirst}</p>
      {article.paragraphs.map((p) => (
        <p key={p.id}>{p.text}</p>
      ))}
    </article>
  );
}
