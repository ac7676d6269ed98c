/**
 * The keyboard commands with the keys the browser actually assigned (read from `commands.getAll()`, never
 * written into the text), and the way to the browser's shortcut settings to set or change them.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { openShortcutSettings, type ShortcutName, type Shortcuts } from '../shared/shortcuts';

const COMMANDS: readonly [ShortcutName, string][] = [
  ['openPanel', 'commandOpenPanel'],
  ['next', 'commandNextMention'],
  ['previous', 'commandPreviousMention'],
];

/** The "Keyboard" step's content: each command with its key (or "no shortcut set"), and the settings button. */
export function KeyboardStep({ shortcuts }: { shortcuts: Shortcuts | undefined }) {
  // Set when the browser could not open its settings page: then the way there is said in words.
  const [explain, setExplain] = useState(false);
  const missing = shortcuts !== undefined && COMMANDS.some(([name]) => !shortcuts[name]);
  return (
    <>
      <h2>{t('onboardingStepKeysTitle')}</h2>
      <ul class="keys" data-testid="shortcuts">
        {COMMANDS.map(([name, description]) => (
          <li key={name} data-command={name}>
            {t(description)}:{' '}
            {shortcuts?.[name] ? <kbd>{shortcuts[name]}</kbd> : <em>{t('onboardingShortcutNone')}</em>}
          </li>
        ))}
      </ul>
      <p>{t('onboardingStepKeys')}</p>
      {missing && <p data-testid="shortcuts-missing">{t('onboardingShortcutsMissing')}</p>}
      <p>
        <button type="button" onClick={() => void openShortcutSettings().then((opened) => setExplain(!opened))}>
          {t('onboardingShortcutSettings')}
        </button>
      </p>
      {(explain || missing) && (
        <p class="how">
          {t(
            __BROWSER__ === 'firefox' ? 'onboardingShortcutSettingsHowFirefox' : 'onboardingShortcutSettingsHowChrome',
          )}
        </p>
      )}
    </>
  );
}
