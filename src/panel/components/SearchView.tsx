/**
 * Search: one box that filters actors, quotes, statements and events; case- and diacritic-insensitive;
 * any alias in any of the seven languages ("Selenskyj" finds Zelenskyy).
 */
import type { ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { searchArticle, MIN_QUERY } from '../search';
import { announcement, replace } from '../state';
import { kindLabel, s } from '../strings';
import { ActorLink } from './ActorLink';
import { EventItem, QuoteItem, StatementItem } from './Facts';

/** One labelled group of results (nothing when empty); events are an ordered list, on a timeline. */
function ResultGroup<T>({
  id,
  heading,
  items,
  render,
  ordered,
}: {
  id: string;
  heading: string;
  items: T[];
  render: (item: T) => ComponentChild;
  ordered?: boolean;
}) {
  if (!items.length) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <List class={ordered ? 'facts timeline' : 'facts'}>{items.map(render)}</List>
    </section>
  );
}

/** The search view; the query lives in the view, so each tab keeps its own search. */
export function SearchView({ query }: { query: string }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const results = searchArticle(query);
  const searched = query.trim().length >= MIN_QUERY;
  const summary = !searched
    ? s('searchHint')
    : results.total
      ? s('searchCount', results.total, query.trim())
      : s('searchNone', query.trim());
  useEffect(() => {
    if (searched) announcement.value = summary;
  }, [summary]);
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading" tabIndex={-1}>
        {s('viewSearch')}
      </h2>
      <form role="search" class="search" onSubmit={(e) => e.preventDefault()}>
        <label for="search-input" class="visually-hidden">
          {s('searchLabel')}
        </label>
        <input
          ref={input}
          id="search-input"
          type="search"
          value={query}
          placeholder={s('searchPlaceholder')}
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => replace({ name: 'search', query: e.currentTarget.value })}
        />
      </form>
      <p class="summary" data-testid="search-summary">
        {summary}
      </p>
      {results.actors.length > 0 && (
        <section aria-labelledby="search-actors">
          <h3 id="search-actors">{s('actorsHeading')}</h3>
          <ul class="actors browse">
            {results.actors.map((a) => (
              <li key={a.id}>
                <ActorLink actorId={a.id} />
                <span class="desc">
                  {kindLabel(a.kind)} · {a.description}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ResultGroup
        id="search-quotes"
        heading={s('quotesHeading')}
        items={results.quotes}
        render={(q) => <QuoteItem key={q.id} quote={q} />}
      />
      <ResultGroup
        id="search-statements"
        heading={s('statementsHeading')}
        items={results.statements}
        render={(st) => <StatementItem key={st.id} statement={st} />}
      />
      <ResultGroup
        id="search-events"
        heading={s('eventsHeading')}
        items={results.events}
        render={(e) => <EventItem key={e.id} event={e} />}
        ordered
      />
    </section>
  );
}
