/**
 * Whether Fact Context may read web pages. Firefox treats MV3 host permissions as revocable (and from 127
 * shows them at install, where a reader may untick them), so the page checks with `permissions.contains`
 * and offers `permissions.request`, which must be called straight from the click.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';

/** The origins the content script needs: every http and https page. */
export const SITE_ORIGINS = ['http://*/*', 'https://*/*'];

type Status = 'checking' | 'granted' | 'missing' | 'denied';

const check = () => browser.permissions.contains({ origins: SITE_ORIGINS }).catch(() => false);

/** The access status with a button that asks for it when it is missing. */
export function SiteAccess() {
  const [status, setStatus] = useState<Status>('checking');
  useEffect(() => {
    void check().then((ok) => setStatus(ok ? 'granted' : 'missing'));
    // The reader may also grant or revoke access elsewhere (add-ons manager) while this page is open.
    const refresh = () => void check().then((ok) => setStatus(ok ? 'granted' : 'missing'));
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  const request = () => {
    // No await before this call: the browser accepts the request only within the click.
    void browser.permissions.request({ origins: SITE_ORIGINS }).then(
      (granted) => setStatus(granted ? 'granted' : 'denied'),
      () => setStatus('denied'),
    );
  };
  const text = {
    checking: t('onboardingAccessChecking'),
    granted: t('onboardingAccessGranted'),
    missing: t('onboardingAccessMissing'),
    denied: t('onboardingAccessDenied'),
  }[status];
  return (
    <section aria-labelledby="access-title" data-testid="site-access" data-status={status}>
      <h2 id="access-title">{t('onboardingAccessTitle')}</h2>
      <p role="status">{text}</p>
      {(status === 'missing' || status === 'denied') && (
        <button type="button" onClick={request}>
          {t('onboardingAccessGrant')}
        </button>
      )}
    </section>
  );
}
