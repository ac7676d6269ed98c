/**
 * The source article, paragraph by paragraph, with its quotations and actor mentions marked. A quote,
 * statement or event elsewhere in the panel links here: its sentence is highlighted, scrolled to and focused.
 */
import { useEffect, useRef } from 'preact/hooks';
import { articleData } from '../../data/article-data';
import { actorById, paragraphNumber } from '../article-index';
import { paragraphSegments } from '../article-segments';
import { s } from '../strings';

/** The article view; `focus` is the id of a quote, statement or event whose sentence to show. */
export function ArticleView({ focus }: { focus?: string }) {
  const target = useRef<HTMLElement>(null);
  useEffect(() => {
    target.current?.scrollIntoView?.({ block: 'center' });
    target.current?.focus({ preventScroll: true });
  }, [focus]);
  const { article } = articleData;
  return (
    <article aria-labelledby="view-heading" class="article-view">
      <h2 id="view-heading" tabIndex={-1}>
        {article.title}
      </h2>
      <p class="standfirst">{article.standfirst}</p>
      <p class="legend" aria-hidden="true">
        <mark class="quote">“…”</mark> {s('legendQuote')} · <span class="mention">Name</span> {s('legendMention')}
      </p>
      {article.paragraphs.map((p) => {
        let first = true;
        return (
          <p key={p.id} id={`para-${p.id}`} class="para">
            <span class="pnum" title={s('paragraph', paragraphNumber(p.id))}>
              {paragraphNumber(p.id)}
            </span>
            {paragraphSegments(p).map((seg, i) => {
              const focused = focus !== undefined && seg.anchors.includes(focus);
              const isFirst = focused && first;
              if (isFirst) first = false;
              const cls = [seg.actorId ? `mention kind-${actorById(seg.actorId)?.kind}` : '', focused ? 'focused' : '']
                .filter(Boolean)
                .join(' ');
              const inner = seg.quoteId ? (
                <mark class="quote" data-quote={seg.quoteId}>
                  {seg.text}
                </mark>
              ) : (
                seg.text
              );
              return cls || isFirst ? (
                <span
                  key={i}
                  class={cls || undefined}
                  ref={isFirst ? target : undefined}
                  tabIndex={isFirst ? -1 : undefined}
                  title={seg.actorId ? actorById(seg.actorId)?.name : undefined}
                >
                  {inner}
                </span>
              ) : (
                <span key={i}>{inner}</span>
              );
            })}
          </p>
        );
      })}
    </article>
  );
}
