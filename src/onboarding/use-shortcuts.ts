/** The assigned keyboard shortcuts, read again whenever the reader comes back to the page (from the shortcut settings). */
import { useEffect, useState } from 'preact/hooks';
import { loadShortcuts, type Shortcuts } from '../shared/shortcuts';

/** The shortcuts, or undefined until the browser has answered. */
export function useShortcuts(): Shortcuts | undefined {
  const [shortcuts, setShortcuts] = useState<Shortcuts>();
  useEffect(() => {
    let live = true;
    const read = () => void loadShortcuts().then((s) => live && setShortcuts(s));
    read();
    addEventListener('focus', read);
    document.addEventListener('visibilitychange', read);
    return () => {
      live = false;
      removeEventListener('focus', read);
      document.removeEventListener('visibilitychange', read);
    };
  }, []);
  return shortcuts;
}
