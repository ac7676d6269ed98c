/**
 * The onboarding page entry. Content scripts do not run on extension pages, so the page starts the content
 * script's own controller on its demo article: the same scanner, highlights and hover card as on any site.
 */
import { render } from 'preact';
import '../card/index'; // the hover card's code, which web pages get injected on their first card
import { startController } from '../content/controller';
import { t } from '../shared/i18n';
import { loadSettings, watchSettings, type Settings } from '../shared/settings';
import { DEMO_ATTRIBUTE } from './DemoArticle';
import { OnboardingApp } from './OnboardingApp';

/** The demo always runs: pausing or switching off applies to web pages, not to this explanation of them. */
const forDemo = (settings: Settings): Settings => ({ ...settings, enabled: true, pausedSites: [] });

/** Everything outside the demo article is the page's own UI, never scanned. */
function isOwnUi(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !el?.closest(`[${DEMO_ATTRIBUTE}]`);
}

document.title = t('onboardingTitle');
render(<OnboardingApp />, document.getElementById('app')!);

void loadSettings().then((settings) => {
  const controller = startController(forDemo(settings), { isOwnUi, site: '' });
  watchSettings((next) => controller.applySettings(forDemo(next)));
});
