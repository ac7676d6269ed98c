/** The hover card's content: who this is, as the article describes them, and their most telling quote. */
import type { ContentShareActor } from '../../data/types';
import { formatEventDate } from '../../data/format-date';
import { countOf, cs } from './strings';

export interface ActorCardProps {
  actor: ContentShareActor;
  /** The matched text on the page (shown when it differs from the display name, e.g. "Selenskyj"). */
  matched?: string;
  /** A message under the buttons (e.g. how to open Firefox's sidebar). */
  hint?: string;
  onShowInPanel(): void;
  onNextMention(): void;
  onClose(): void;
}

/** Drops the trailing comma or full stop the article keeps inside its quotation marks. */
function trimQuote(text: string): string {
  return text.replace(/[,;:]\s*$/u, '');
}

/** The card body; rendered by Preact inside the card's shadow root. */
export function ActorCard({ actor, matched, hint, onShowInPanel, onNextMention, onClose }: ActorCardProps) {
  const { counts, topQuote, mainEvent } = actor;
  const source =
    topQuote &&
    [
      topQuote.date && formatEventDate(topQuote.date),
      topQuote.medium,
      topQuote.outletNames?.length && cs('via', topQuote.outletNames.join(cs('and'))),
    ]
      .filter(Boolean)
      .join(' · ');
  const showMatched = matched && matched.replace(/\s+/g, ' ').toLowerCase() !== actor.name.toLowerCase();
  return (
    <div
      class={`card kind-${actor.kind}`}
      role="dialog"
      aria-labelledby="fc-card-name"
      aria-describedby="fc-card-description"
    >
      <header>
        <span class="kind">{cs(`kind_${actor.kind}`)}</span>
        <button type="button" class="close" aria-label={cs('close')} title={cs('closeTitle')} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id="fc-card-name">{actor.name}</h2>
      {showMatched && <p class="matched">{cs('onThisPage', matched)}</p>}
      <p id="fc-card-description" class="description">
        {actor.description}
      </p>
      {topQuote ? (
        <figure class="quote">
          <blockquote>“{trimQuote(topQuote.text)}”</blockquote>
          {source && <figcaption>{source}</figcaption>}
        </figure>
      ) : mainEvent ? (
        <p class="event">
          <span class="event-title">{mainEvent.title}</span>
          {mainEvent.date && <span class="event-date"> · {formatEventDate(mainEvent.date)}</span>}
        </p>
      ) : null}
      <p class="counts">
        {cs('inArticle')} {countOf(counts.quotes, 'quotes')} · {countOf(counts.statements, 'statements')} ·{' '}
        {countOf(counts.events, 'events')}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onShowInPanel}>
          {cs('showInPanel')}
        </button>
        <button type="button" onClick={onNextMention}>
          {cs('nextMention')}
        </button>
      </div>
      {hint && (
        <p class="hint" role="status">
          {hint}
        </p>
      )}
    </div>
  );
}
