/** The most used settings, also in the panel: the on/off switch and "Pause on this site". */
import { saveSettings, siteKey } from '../../shared/settings';
import { page, settings } from '../state';
import { s } from '../strings';

/** Two switches; changes are saved to storage.sync and reach every page through `watchSettings`. */
export function SettingsBar() {
  const current = settings.value;
  const site = page.value.url && /^(https?|file):/.test(page.value.url) ? siteKey(page.value.url) : '';
  const paused = site !== '' && current.pausedSites.includes(site);
  const setEnabled = (enabled: boolean) => {
    settings.value = { ...current, enabled };
    void saveSettings({ enabled });
  };
  const setPaused = (pause: boolean) => {
    const pausedSites = pause
      ? [...current.pausedSites.filter((x) => x !== site), site]
      : current.pausedSites.filter((x) => x !== site);
    settings.value = { ...current, pausedSites };
    void saveSettings({ pausedSites });
  };
  return (
    <div class="settings" role="group" aria-label={s('settingsLabel')}>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={current.enabled}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        {s('enabled')}
      </label>
      {site && (
        <label class="switch">
          <input
            type="checkbox"
            checked={paused}
            disabled={!current.enabled}
            onChange={(e) => setPaused(e.currentTarget.checked)}
          />
          {s('pauseSite', site === 'file' ? 'local files' : site)}
        </label>
      )}
    </div>
  );
}
