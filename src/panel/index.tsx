/** The side panel (Chrome side_panel, Firefox sidebar_action): mounts the app and starts following the reader's tab. */
import { render } from 'preact';
import { App } from './components/App';
import { startPageSync } from './page-sync';
import css from './panel.css';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { once: true });
render(<App />, document.getElementById('app')!);
void startPageSync(lifetime.signal);
