/** The panel's frame: header with the page being read and quick settings, the view switcher, the view, a live region. */
import { useEffect } from 'preact/hooks';
import { announcement, back, canGoBack, page, view } from '../state';
import { mentionCount, s } from '../strings';
import { PageText } from './PageText';
import { ActorView } from './ActorView';
import { ArticleView } from './ArticleView';
import { Nav } from './Nav';
import { OnThisPage } from './OnThisPage';
import { SearchView } from './SearchView';
import { SettingsBar } from './SettingsBar';
import { TimelineView } from './TimelineView';

function CurrentView() {
  const v = view.value;
  switch (v.name) {
    case 'actor':
      return <ActorView actorId={v.actorId} />;
    case 'timeline':
      return <TimelineView />;
    case 'article':
      return <ArticleView focus={v.focus} />;
    case 'search':
      return <SearchView query={v.query} />;
    default:
      return <OnThisPage />;
  }
}

/** The whole panel. */
export function App() {
  const { title, status, counts } = page.value;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  // Announce what the page holds when it changes (tab switch, navigation, live updates).
  useEffect(() => {
    if (status === 'ready') announcement.value = `${title ?? ''}: ${mentionCount(total)}`;
  }, [status, title, total]);
  const v = view.value;
  const place = v.name === 'actor' ? `actor:${v.actorId}` : v.name === 'article' ? `article:${v.focus ?? ''}` : v.name;
  // A new view starts at its top, and keyboard focus moves to its heading (search and article targets focus themselves).
  useEffect(() => {
    if (v.name === 'search' || (v.name === 'article' && v.focus)) return;
    window.scrollTo?.(0, 0);
    document.getElementById('view-heading')?.focus({ preventScroll: true });
  }, [place]);
  return (
    <>
      <header class="top">
        <h1>{s('title')}</h1>
        {title && status === 'ready' && (
          <p class="page-title">
            <PageText template={s('page', PageText.SLOT)} text={title} />
          </p>
        )}
        <SettingsBar />
        <Nav />
      </header>
      <main class="view" key={view.value.name}>
        {canGoBack.value && (
          <button type="button" class="link back" onClick={back}>
            ← {s('back')}
          </button>
        )}
        <CurrentView />
      </main>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="live">
        {announcement.value}
      </div>
    </>
  );
}
