/** The page opened on install. */
import { render } from 'preact';

render(<main><h1>Welcome to Fact Context</h1></main>, document.getElementById('app')!);
