/** One quote, statement or event, as every view shows it: verbatim text, dates at the article's precision, a link to its sentence. */
import { formatEventDate } from '../../data/format-date';
import type { ArticleEvent, EventDate, Quote, Statement } from '../../data/types';
import { actorById, paragraphNumber } from '../article-index';
import { go } from '../state';
import { s } from '../strings';
import { ActorLink, ActorLinks } from './ActorLink';

/** The date line: "5 September 2025 · repeated 8 September 2025". */
function Dates({ date, repeatedOn }: { date?: EventDate; repeatedOn?: EventDate[] }) {
  return (
    <span class="date">
      {date ? <time dateTime={date.value}>{formatEventDate(date)}</time> : <span class="undated">{s('undated')}</span>}
      {repeatedOn?.map((d) => (
        <span key={d.value}>
          {' · '}
          {s('repeated', formatEventDate(d))}
        </span>
      ))}
    </span>
  );
}

/** The link to the sentence in the Article view. */
function InArticle({ id, paragraphId }: { id: string; paragraphId: string }) {
  return (
    <button type="button" class="link small" onClick={() => go({ name: 'article', focus: id })}>
      {s('inArticle', paragraphNumber(paragraphId))}
    </button>
  );
}

/** A quotation, verbatim, with who said it (unless `hideSpeaker`), when, where, who reported it. */
export function QuoteItem({ quote, hideSpeaker }: { quote: Quote; hideSpeaker?: boolean }) {
  const outlets = (quote.outletIds ?? []).map((id) => actorById(id)?.name).filter(Boolean);
  return (
    <li class="fact quote" data-quote={quote.id}>
      <blockquote>“{quote.text}”</blockquote>
      <p class="meta">
        {!hideSpeaker && (
          <>
            <ActorLink actorId={quote.speakerId} />
            {' — '}
          </>
        )}
        <Dates date={quote.date} repeatedOn={quote.repeatedOn} />
        {quote.medium && <span>{` · ${quote.medium}`}</span>}
      </p>
      {outlets.length > 0 && <p class="meta">{s('reportedBy', outlets.join(', '))}</p>}
      <InArticle id={quote.id} paragraphId={quote.sentence.paragraphId} />
    </li>
  );
}

/** A statement the article reports without quotation marks. */
export function StatementItem({ statement, hideSpeaker }: { statement: Statement; hideSpeaker?: boolean }) {
  return (
    <li class="fact statement">
      <p>{statement.text}</p>
      <p class="meta">
        {!hideSpeaker && (
          <>
            <ActorLink actorId={statement.speakerId} />
            {' — '}
          </>
        )}
        <Dates date={statement.date} />
      </p>
      <InArticle id={statement.id} paragraphId={statement.location.paragraphId} />
    </li>
  );
}

/** An event on a timeline: date first, then what happened, who, where, and the casualties as the article words them. */
export function EventItem({ event }: { event: ArticleEvent }) {
  return (
    <li class="fact event">
      <p class="when">
        <Dates date={event.date} repeatedOn={event.repeatedOn} />
      </p>
      <p class="what">{event.title}</p>
      {event.casualties && <p class="meta">{event.casualties.text}</p>}
      {event.participantIds.length > 0 && (
        <p class="meta">
          {s('participants')}: <ActorLinks ids={event.participantIds} />
        </p>
      )}
      {event.placeIds.length > 0 && (
        <p class="meta">
          {s('places')}: <ActorLinks ids={event.placeIds} />
        </p>
      )}
      {event.sourceIds?.length ? (
        <p class="meta">
          {s('sources')}: <ActorLinks ids={event.sourceIds} />
        </p>
      ) : null}
      <InArticle id={event.id} paragraphId={event.location.paragraphId} />
    </li>
  );
}
