/** Every event of the article in date order, dated at the precision the article gives and never more. */
import { articleData } from '../../data/article-data';
import { sortEvents } from '../article-index';
import { s } from '../strings';
import { EventItem } from './Facts';

/** The timeline view. */
export function TimelineView() {
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading" tabIndex={-1}>
        {s('viewTimeline')}
      </h2>
      <p class="summary">{s('timelineIntro')}</p>
      <ol class="facts timeline">
        {sortEvents(articleData.events).map((e) => (
          <EventItem key={e.id} event={e} />
        ))}
      </ol>
    </section>
  );
}
