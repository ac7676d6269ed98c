/** Every actor of the article, grouped by kind: what a page with no mentions (or no access) offers instead. */
import { articleData } from '../../data/article-data';
import { groupByKind } from '../article-index';
import { kindGroup } from '../strings';
import { ActorLink } from './ActorLink';

/** The article's actors, grouped by kind and sorted by name, each a link to its view. */
export function ActorBrowse({ headingId }: { headingId: string }) {
  return (
    <>
      {groupByKind(articleData.actors, (a, b) => a.name.localeCompare(b.name)).map(([kind, actors]) => (
        <section key={kind} aria-labelledby={`${headingId}-${kind}`}>
          <h3 id={`${headingId}-${kind}`}>{kindGroup(kind)}</h3>
          <ul class="actors browse">
            {actors.map((a) => (
              <li key={a.id}>
                <ActorLink actorId={a.id} />
                <span class="desc">{a.description}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
