/** The options page. */
import { render } from 'preact';

render(<main><h1>Fact Context settings</h1></main>, document.getElementById('app')!);
