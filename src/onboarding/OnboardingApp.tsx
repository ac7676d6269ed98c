/**
 * The page opened on install: short steps (numbered by the list, not by their titles), the site-access check
 * and the article as a live demo.
 */
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { DemoArticle } from './DemoArticle';
import { KeyboardStep } from './KeyboardStep';
import { PinStep } from './PinStep';
import { SiteAccess } from './SiteAccess';
import { useShortcuts } from './use-shortcuts';

/** The onboarding page. */
export function OnboardingApp() {
  const shortcuts = useShortcuts();
  const panelKey = shortcuts?.openPanel;
  return (
    <main>
      <header>
        <h1>{t('onboardingTitle')}</h1>
        <p>{t('onboardingIntro')}</p>
      </header>
      <ol class="steps">
        <li>
          <h2>{t('onboardingStepHighlightsTitle')}</h2>
          <p>{t('onboardingStepHighlights')}</p>
        </li>
        <li>
          <h2>{t('onboardingStepBadgeTitle')}</h2>
          <p>{t('onboardingStepBadge')}</p>
        </li>
        <PinStep />
        <li>
          <h2>{t('onboardingStepPanelTitle')}</h2>
          <p>{panelKey ? t('onboardingStepPanel', [panelKey]) : t('onboardingStepPanelNoKey')}</p>
        </li>
        <li data-step="keys">
          <KeyboardStep shortcuts={shortcuts} />
        </li>
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
