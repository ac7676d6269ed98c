/**
 * Chrome puts a new extension's button in the extensions menu (the puzzle piece), where its badge — the
 * count of the page's actors — cannot be seen. While it is there this step shows how to pin it; it goes away
 * once the reader pins it. (Firefox puts the button on the toolbar from install: `default_area`.)
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

interface ChromeAction {
  getUserSettings?: () => Promise<{ isOnToolbar?: boolean }>;
  onUserSettingsChanged?: {
    addListener(listener: (settings: { isOnToolbar?: boolean }) => void): void;
    removeListener(listener: (settings: { isOnToolbar?: boolean }) => void): void;
  };
}

const chromeAction = (): ChromeAction | undefined =>
  (globalThis as { chrome?: { action?: ChromeAction } }).chrome?.action;

/** Whether the button is on the toolbar: undefined while unknown (and always in browsers that cannot say). */
function usePinned(): boolean | undefined {
  const [pinned, setPinned] = useState<boolean>();
  useEffect(() => {
    const action = __BROWSER__ === 'chrome' ? chromeAction() : undefined;
    if (!action?.getUserSettings) return;
    let live = true;
    const read = () =>
      void action.getUserSettings!().then(
        (s) => live && setPinned(s.isOnToolbar),
        () => undefined,
      );
    const onChanged = (s: { isOnToolbar?: boolean }) => setPinned(s.isOnToolbar);
    read();
    // The event exists from Chrome 130; reading again when the reader comes back covers older versions.
    action.onUserSettingsChanged?.addListener(onChanged);
    addEventListener('focus', read);
    document.addEventListener('visibilitychange', read);
    return () => {
      live = false;
      action.onUserSettingsChanged?.removeListener(onChanged);
      removeEventListener('focus', read);
      document.removeEventListener('visibilitychange', read);
    };
  }, []);
  return pinned;
}

/** The "pin the button" step, only while the button is known not to be on the toolbar. */
export function PinStep() {
  if (usePinned() !== false) return null;
  return (
    <li data-step="pin">
      <h2>{t('onboardingStepPinTitle')}</h2>
      <p>{t('onboardingStepPin')}</p>
    </li>
  );
}
