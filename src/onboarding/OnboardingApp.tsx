/** The page opened on install: three short steps, the site-access check and the article as a live demo. */
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { DemoArticle } from './DemoArticle';
import { SiteAccess } from './SiteAccess';

const STEPS = [
  ['onboardingStepHighlightsTitle', 'onboardingStepHighlights'],
  ['onboardingStepBadgeTitle', 'onboardingStepBadge'],
  ['onboardingStepPanelTitle', 'onboardingStepPanel'],
] as const;

/** The onboarding page. */
export function OnboardingApp() {
  return (
    <main>
      <header>
        <h1>{t('onboardingTitle')}</h1>
        <p>{t('onboardingIntro')}</p>
      </header>
      <ol class="steps">
        {STEPS.map(([title, body]) => (
          <li key={title}>
            <h2>{t(title)}</h2>
            <p>{t(body)}</p>
          </li>
        ))}
      </ol>
      <SiteAccess />
      <p class="privacy">{t('onboardingPrivacy')}</p>
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('onboardingSettings')}
        </button>
      </p>
      <section aria-labelledby="demo-title" class="demo">
        <h2 id="demo-title">{t('onboardingDemoTitle')}</h2>
        <DemoArticle />
      </section>
    </main>
  );
}
