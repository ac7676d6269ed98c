/** The view switcher: On this page, Timeline, Article, Search. */
import { go, view, type View } from '../state';
import { s, type StringKey } from '../strings';

const TABS: Array<[View['name'], StringKey, View]> = [
  ['page', 'viewPage', { name: 'page' }],
  ['timeline', 'viewTimeline', { name: 'timeline' }],
  ['article', 'viewArticle', { name: 'article' }],
  ['search', 'viewSearch', { name: 'search', query: '' }],
];

/** The navigation landmark with one button per top-level view. */
export function Nav() {
  const current = view.value.name;
  return (
    <nav aria-label={s('navLabel')} class="nav">
      {TABS.map(([name, label, target]) => (
        <button
          key={name}
          type="button"
          aria-current={current === name ? 'page' : undefined}
          onClick={() => (name === 'search' && current === 'search' ? undefined : go(target))}
        >
          {s(label)}
        </button>
      ))}
    </nav>
  );
}
