/**
 * "On this page": the actors found in the followed tab with their mention counts, grouped by kind and
 * sorted by count. Each expands to its mentions in page order; a mention scrolls the page to it. This
 * list is also how screen-reader users reach the mentions, so it is a real list with accessible names.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { articleData } from '../../data/article-data';
import type { Actor } from '../../data/types';
import { groupByKind } from '../article-index';
import { loadMentions, revealMention } from '../page-sync';
import { go, page, type ListedMention } from '../state';
import { actorCount, kindGroup, mentionCount, s } from '../strings';
import { ActorBrowse } from './ActorBrowse';
import { PageText } from './PageText';

type Found = Actor & { count: number };

/** The content script cuts snippets at this many characters (src/content/controller.ts SNIPPET). */
const SNIPPET = 60;
/** A cut snippet starts at a whole word, after an ellipsis. */
const clipStart = (text: string) => (text.length < SNIPPET ? text : `…${text.replace(/^\S*\s+/, '')}`);
/** A cut snippet ends at a whole word, before an ellipsis. */
const clipEnd = (text: string) => (text.length < SNIPPET ? text : `${text.replace(/\s+\S*$/, '')}…`);

/** An actor found on the page; its mentions are fetched when the reader opens it (`mentions` undefined until then). */
function ActorRow({ actor, mentions }: { actor: Found; mentions: ListedMention[] | undefined }) {
  const open = useSignal(false);
  const listId = `mentions-${actor.id}`;
  useEffect(() => {
    if (open.value && !mentions) void loadMentions(actor.id);
  }, [open.value, mentions]);
  return (
    <li class="actor-row" data-actor={actor.id}>
      <div class="row">
        <button
          type="button"
          class="expand"
          aria-expanded={open.value}
          aria-controls={listId}
          onClick={() => (open.value = !open.value)}
          aria-label={s('showMentions', actor.name)}
          // The count is read with the name ("Show mentions of Vladimir Putin, 3 mentions"), not as a stray line.
          aria-describedby={`count-${actor.id}`}
        >
          <span class="chevron" aria-hidden="true">
            {open.value ? '▾' : '▸'}
          </span>
          <span class="name">{actor.name}</span>
        </button>
        <span class="count" id={`count-${actor.id}`} data-testid="count">
          {mentionCount(actor.count)}
        </span>
        <button
          type="button"
          class="link small"
          onClick={() => go({ name: 'actor', actorId: actor.id })}
          aria-label={s('detailsOf', actor.name)}
        >
          {s('details')}
        </button>
      </div>
      {open.value && !mentions && (
        <p id={listId} class="note">
          {s('loading')}
        </p>
      )}
      {open.value && mentions && (
        <ol id={listId} class="mentions">
          {mentions.map((m, i) => (
            <li key={`${m.frameId}-${m.n}`}>
              <button
                type="button"
                class="mention"
                onClick={() => revealMention(m)}
                title={s('goToMention', i + 1, mentions.length)}
              >
                <PageText text={clipStart(m.before)} />
                <strong>
                  <PageText text={m.text} />
                </strong>
                <PageText text={clipEnd(m.after)} />
              </button>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

function Message() {
  const { status, inactive } = page.value;
  if (status === 'loading') return <p class="note">{s('loading')}</p>;
  const text =
    status === 'restricted'
      ? s('restricted')
      : status === 'unavailable'
        ? s('unavailable')
        : inactive === 'disabled'
          ? s('disabled')
          : inactive === 'paused'
            ? s('paused')
            : s('noMentions');
  return (
    <p class="note" role="note">
      {text}
    </p>
  );
}

/** The default view. */
export function OnThisPage() {
  const { counts, mentions, capped, status } = page.value;
  const found: Found[] = articleData.actors.filter((a) => counts[a.id]).map((a) => ({ ...a, count: counts[a.id]! }));
  const total = found.reduce((sum, a) => sum + a.count, 0);
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading" tabIndex={-1}>
        {s('viewPage')}
      </h2>
      {status === 'ready' && found.length > 0 ? (
        <>
          <p class="summary">
            {actorCount(found.length)} · {mentionCount(total)}
          </p>
          {capped && <p class="note">{s('capped')}</p>}
          {groupByKind(found, (a, b) => b.count - a.count || a.name.localeCompare(b.name)).map(([kind, actors]) => (
            <section key={kind} aria-labelledby={`found-${kind}`}>
              <h3 id={`found-${kind}`}>{kindGroup(kind)}</h3>
              <ul class="actors">
                {actors.map((a) => (
                  <ActorRow key={a.id} actor={a} mentions={mentions[a.id]} />
                ))}
              </ul>
            </section>
          ))}
        </>
      ) : (
        <>
          <Message />
          {status !== 'loading' && <ActorBrowse headingId="browse" />}
        </>
      )}
    </section>
  );
}
