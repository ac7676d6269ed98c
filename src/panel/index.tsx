/** The side panel (Chrome side_panel, Firefox sidebar_action). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';

function Panel() {
  const [status, setStatus] = useState('connecting…');
  useEffect(() => {
    void sendToBackground('ping', {}).then((r) => setStatus(r.ok ? `connected (${r.value.browser} ${r.value.version})` : r.error));
  }, []);
  return (
    <main>
      <h1>Fact Context</h1>
      <p data-testid="status">{status}</p>
    </main>
  );
}

render(<Panel />, document.getElementById('app')!);
