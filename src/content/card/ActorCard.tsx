/** The hover card's content: who this is, as the article describes them, and their most telling quote. */
import type { ContentShareActor } from '../../data/types';
import { formatEventDate } from '../../data/format-date';

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

const KIND_LABEL: Record<ContentShareActor['kind'], string> = {
  person: 'Person',
  government: 'Government',
  organisation: 'Organisation',
  media: 'Media',
  place: 'Place',
};

/** Drops the trailing comma or full stop the article keeps inside its quotation marks. */
function trimQuote(text: string): string {
  return text.replace(/[,;:]\s*$/u, '');
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** The card body; rendered by Preact inside the card's shadow root. */
export function ActorCard({ actor, matched, hint, onShowInPanel, onNextMention, onClose }: ActorCardProps) {
  const { counts, topQuote, mainEvent } = actor;
  const source = topQuote && [topQuote.date && formatEventDate(topQuote.date), topQuote.medium, topQuote.outletNames?.length && `via ${topQuote.outletNames.join(' and ')}`].filter(Boolean).join(' · ');
  const showMatched = matched && matched.replace(/\s+/g, ' ').toLowerCase() !== actor.name.toLowerCase();
  return (
    <div class={`card kind-${actor.kind}`} role="dialog" aria-labelledby="fc-card-name" aria-describedby="fc-card-description">
      <header>
        <span class="kind">{KIND_LABEL[actor.kind]}</span>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id="fc-card-name">{actor.name}</h2>
      {showMatched && <p class="matched">on this page: “{matched}”</p>}
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
        In the article: {plural(counts.quotes, 'quote')} · {plural(counts.statements, 'statement')} · {plural(counts.events, 'event')}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onShowInPanel}>
          Show in panel
        </button>
        <button type="button" onClick={onNextMention}>
          Next mention
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
