/** The list of sites where Fact Context is paused, with a way to add and remove them. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { siteKey, withSitePaused, type Settings } from '../shared/settings';

/** Turns what a reader types ("example.com", "https://example.com/page") into the key a site is paused under. */
export function siteFromInput(input: string): string {
  const text = input.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text) || text.startsWith('file:')) return siteKey(text);
  // A bare host, maybe with a port or path: the hostname is what comes before them.
  return text.split(/[/:?#\s]/, 1)[0] ?? '';
}

/** Paused sites, as a list with remove buttons and a small form to add one. */
export function PausedSites({ settings, onChange }: { settings: Settings; onChange(sites: string[]): void }) {
  const [draft, setDraft] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(draft);
    if (!site) return;
    onChange(withSitePaused(settings, site, true));
    setDraft('');
  };
  return (
    <fieldset>
      <legend>{t('optionPausedSites')}</legend>
      {settings.pausedSites.length === 0 ? (
        <p class="hint">{t('pausedSitesEmpty')}</p>
      ) : (
        <ul aria-label={t('optionPausedSites')}>
          {settings.pausedSites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                aria-label={t('pausedSiteRemove', site)}
                onClick={() => onChange(settings.pausedSites.filter((s) => s !== site))}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <label>
          {t('pausedSiteAdd')}{' '}
          <input type="text" value={draft} placeholder="example.com" onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">{t('pause')}</button>
      </form>
    </fieldset>
  );
}
