/** The options page: every setting, saved to storage.sync as soon as it changes (content scripts follow at once). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import {
  HIGHLIGHT_GROUPS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_RANGE,
  LANGUAGES,
  loadSettings,
  saveSettings,
  watchSettings,
  type Settings,
} from '../shared/settings';
import { PausedSites } from './PausedSites';

const GROUP_LABEL = { people: 'groupPeople', organisations: 'groupOrganisations', places: 'groupPlaces' } as const;
const STYLE_LABEL = { underline: 'styleUnderline', background: 'styleBackground', none: 'styleNone' } as const;

/** A language's name in the reader's own language (the browser knows them all), or its code. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The options form; `initial` lets tests render it without waiting for storage. */
export function OptionsApp({ initial }: { initial?: Settings }) {
  const [settings, setSettings] = useState<Settings | undefined>(initial);
  useEffect(() => {
    if (!initial) void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <p aria-busy="true">{t('loading')}</p>;

  const change = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    void saveSettings(patch);
  };
  const toggleLanguage = (code: Settings['languages'][number], on: boolean) =>
    change({ languages: LANGUAGES.filter((l) => (l === code ? on : settings.languages.includes(l))) });

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <section>
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => change({ enabled: e.currentTarget.checked })}
          />
          {t('optionEnabled')}
        </label>
        <p class="hint">{t('optionEnabledHint')}</p>
      </section>

      <fieldset>
        <legend>{t('optionGroups')}</legend>
        {HIGHLIGHT_GROUPS.map((group) => (
          <label key={group}>
            <input
              type="checkbox"
              checked={settings.groups[group]}
              onChange={(e) => change({ groups: { ...settings.groups, [group]: e.currentTarget.checked } })}
            />
            {t(GROUP_LABEL[group])}
          </label>
        ))}
        <p class="hint">{t('optionGroupsHint')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('optionStyle')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => change({ highlightStyle: style })}
            />
            {t(STYLE_LABEL[style])}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={settings.highContrast}
            onChange={(e) => change({ highContrast: e.currentTarget.checked })}
          />
          {t('optionHighContrast')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionHoverDelay')}</legend>
        <label>
          <input
            type="number"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isFinite(n))
                change({
                  hoverDelayMs: Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, Math.round(n))),
                });
            }}
          />
          {t('optionHoverDelayUnit')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionLanguages')}</legend>
        {LANGUAGES.map((code) => (
          <label key={code} lang={code}>
            <input
              type="checkbox"
              checked={settings.languages.includes(code)}
              onChange={(e) => toggleLanguage(code, e.currentTarget.checked)}
            />
            {languageName(code)}
          </label>
        ))}
        <p class="hint">{t('optionLanguagesHint')}</p>
      </fieldset>

      <PausedSites settings={settings} onChange={(pausedSites) => change({ pausedSites })} />
    </main>
  );
}
