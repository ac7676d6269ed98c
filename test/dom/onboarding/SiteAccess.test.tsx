/** The onboarding page's site-access check: a clear status either way, and a button that asks for access. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../../fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
  extensionAlive: () => true,
}));

const { SiteAccess, SITE_ORIGINS } = await import('../../../src/onboarding/SiteAccess');

beforeEach(() => {
  fake.browser = createFakeBrowser();
});
afterEach(cleanup);

describe('SiteAccess', () => {
  it('says access is granted, without a button', async () => {
    render(<SiteAccess />);
    expect((await screen.findByRole('status')).textContent).toBe('onboardingAccessGranted');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a button when access is missing, which requests it from the click', async () => {
    fake.browser.permissions.contains.mockResolvedValue(false);
    render(<SiteAccess />);
    const button = await screen.findByRole('button', { name: 'onboardingAccessGrant' });
    fireEvent.click(button);
    expect(fake.browser.permissions.request).toHaveBeenCalledWith({ origins: SITE_ORIGINS });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('onboardingAccessGranted'));
  });

  it('says so when the reader refuses', async () => {
    fake.browser.permissions.contains.mockResolvedValue(false);
    fake.browser.permissions.request.mockResolvedValue(false);
    render(<SiteAccess />);
    fireEvent.click(await screen.findByRole('button', { name: 'onboardingAccessGrant' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('onboardingAccessDenied'));
  });
});
