/**
 * One actor as the article gives it: name, kind, description; quotes (verbatim, dated, sourced, linked
 * to their sentence); statements; events on a timeline; the actors it appears with (each a link).
 */
import { actorById, actorFacts } from '../article-index';
import { page } from '../state';
import { kindLabel, mentionCount, s } from '../strings';
import { ActorLink } from './ActorLink';
import { EventItem, QuoteItem, StatementItem } from './Facts';

/** The actor view for `actorId`. */
export function ActorView({ actorId }: { actorId: string }) {
  const actor = actorById(actorId);
  if (!actor) return <p class="note">{actorId}</p>;
  const { quotes, statements, events, related } = actorFacts(actorId);
  const onPage = page.value.counts[actorId] ?? 0;
  return (
    <article aria-labelledby="view-heading" class="actor-view" data-actor={actorId}>
      <h2 id="view-heading" tabIndex={-1}>
        {actor.name}
      </h2>
      <p class="kind">
        {kindLabel(actor.kind)}
        {onPage > 0 && ` · ${s('viewPage').toLowerCase()}: ${mentionCount(onPage)}`}
      </p>
      <p class="desc">{actor.description}</p>

      <section aria-labelledby="actor-quotes">
        <h3 id="actor-quotes">{s('quotesHeading')}</h3>
        {quotes.length ? (
          <ul class="facts">
            {quotes.map((q) => (
              <QuoteItem key={q.id} quote={q} hideSpeaker />
            ))}
          </ul>
        ) : (
          <p class="note">{s('noQuotes')}</p>
        )}
      </section>

      {statements.length > 0 && (
        <section aria-labelledby="actor-statements">
          <h3 id="actor-statements">{s('statementsHeading')}</h3>
          <ul class="facts">
            {statements.map((st) => (
              <StatementItem key={st.id} statement={st} hideSpeaker />
            ))}
          </ul>
        </section>
      )}

      {events.length > 0 && (
        <section aria-labelledby="actor-events">
          <h3 id="actor-events">{s('eventsHeading')}</h3>
          <ol class="facts timeline">
            {events.map((e) => (
              <EventItem key={e.id} event={e} />
            ))}
          </ol>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="actor-related">
          <h3 id="actor-related">{s('appearsWith')}</h3>
          <ul class="chips">
            {related.map((a) => (
              <li key={a.id}>
                <ActorLink actorId={a.id} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
