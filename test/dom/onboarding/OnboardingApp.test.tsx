/**
 * The welcome page's steps: numbered once (by the list), the keyboard shortcuts the browser actually
 * assigned (never a key it left unassigned), the way to the shortcut settings, and in Chrome the "pin the
 * button" step only while the button is not on the toolbar.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, fakeEvent, type FakeBrowser } from '../../fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser & Record<string, any> }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
  extensionAlive: () => true,
}));

const { OnboardingApp } = await import('../../../src/onboarding/OnboardingApp');

type Command = { name: string; shortcut: string };
const g = globalThis as Record<string, any>;

/** A browser whose commands.getAll() answers `commands`, and (Chrome) whose button is pinned or not. */
function setUp(browserName: 'chrome' | 'firefox', commands: Command[], isOnToolbar?: boolean) {
  g.__BROWSER__ = browserName;
  fake.browser = createFakeBrowser() as FakeBrowser & Record<string, any>;
  (fake.browser.commands as Record<string, unknown>).getAll = vi.fn(async () => structuredClone(commands));
  const onUserSettingsChanged = fakeEvent();
  g.chrome =
    isOnToolbar === undefined
      ? undefined
      : { action: { getUserSettings: vi.fn(async () => ({ isOnToolbar })), onUserSettingsChanged } };
  return { onUserSettingsChanged };
}

const ALL_SET: Command[] = [
  { name: '_execute_action', shortcut: 'Alt+Shift+F' },
  { name: 'next-mention', shortcut: 'Alt+Shift+Period' },
  { name: 'previous-mention', shortcut: 'Alt+Shift+Comma' },
];

/** The steps' titles, in order (the page's top-level ordered list). */
const stepTitles = () => [...document.querySelectorAll('ol.steps > li > h2')].map((h) => h.textContent);

beforeEach(() => setUp('chrome', ALL_SET, true));
afterEach(() => {
  cleanup();
  delete g.chrome;
});

describe('OnboardingApp', () => {
  it('numbers its steps once: an ordered list whose titles carry no number of their own', async () => {
    render(<OnboardingApp />);
    await screen.findByText('Alt+Shift+F', { selector: 'kbd' });
    const titles = stepTitles();
    expect(titles).toEqual([
      'onboardingStepHighlightsTitle',
      'onboardingStepBadgeTitle',
      'onboardingStepPanelTitle',
      'onboardingStepKeysTitle',
    ]);
    const article = document.querySelector('[data-fc-demo]')!;
    expect(article.querySelectorAll('p').length).toBeGreaterThan(5);
    expect(article.querySelector('script, img, iframe')).toBeNull();
  });

  it('names the keys the browser assigned, read from commands.getAll()', async () => {
    setUp('firefox', [
      { name: '_execute_sidebar_action', shortcut: 'Ctrl+Alt+S' },
      { name: 'next-mention', shortcut: 'Alt+Shift+J' },
      { name: 'previous-mention', shortcut: 'Alt+Shift+K' },
    ]);
    render(<OnboardingApp />);
    await screen.findByText('onboardingStepPanel(Ctrl+Alt+S)');
    const keys = screen.getByTestId('shortcuts');
    expect([...keys.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual([
      'Ctrl+Alt+S',
      'Alt+Shift+J',
      'Alt+Shift+K',
    ]);
    expect(screen.queryByTestId('shortcuts-missing')).toBeNull();
  });

  it('says when a command has no key, and the settings button opens Chrome’s shortcut page', async () => {
    setUp('chrome', [ALL_SET[0]!, { name: 'next-mention', shortcut: '' }, ALL_SET[2]!], true);
    render(<OnboardingApp />);
    const next = await waitFor(() => {
      const item = document.querySelector('[data-command="next"]')!;
      expect(item.textContent).toContain('onboardingShortcutNone');
      return item;
    });
    expect(next.querySelector('kbd')).toBeNull();
    expect(screen.getByTestId('shortcuts-missing').textContent).toBe('onboardingShortcutsMissing');
    expect(screen.getByText('onboardingShortcutSettingsHowChrome')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'onboardingShortcutSettings' }));
    expect(fake.browser.tabs.create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('without any key for the panel, does not promise one', async () => {
    setUp('chrome', [{ name: '_execute_action', shortcut: '' }, ALL_SET[1]!, ALL_SET[2]!], true);
    render(<OnboardingApp />);
    await screen.findByText('onboardingStepPanelNoKey');
    expect(document.body.textContent).not.toContain('Alt+Shift+F');
  });

  it('opens Firefox’s shortcut settings with commands.openShortcutSettings()', async () => {
    setUp('firefox', ALL_SET);
    const open = vi.fn(async () => undefined);
    (fake.browser.commands as Record<string, unknown>).openShortcutSettings = open;
    render(<OnboardingApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'onboardingShortcutSettings' }));
    expect(open).toHaveBeenCalledOnce();
    expect(fake.browser.tabs.create).not.toHaveBeenCalled();
  });

  it('in Chrome, shows how to pin the button while it is not on the toolbar, and drops the step once it is', async () => {
    const { onUserSettingsChanged } = setUp('chrome', ALL_SET, false);
    render(<OnboardingApp />);
    await waitFor(() => expect(stepTitles()).toContain('onboardingStepPinTitle'));
    expect(stepTitles().indexOf('onboardingStepPinTitle')).toBe(2); // right after the badge it makes visible
    await act(() => {
      onUserSettingsChanged.fire({ isOnToolbar: true });
    });
    expect(stepTitles()).not.toContain('onboardingStepPinTitle');
  });

  it('shows no pin step when the button is pinned, nor in Firefox (its button is on the toolbar from install)', async () => {
    render(<OnboardingApp />);
    await screen.findByText('Alt+Shift+F', { selector: 'kbd' });
    await new Promise((r) => setTimeout(r, 20));
    expect(stepTitles()).not.toContain('onboardingStepPinTitle');
    cleanup();
    setUp('firefox', ALL_SET, false);
    render(<OnboardingApp />);
    await screen.findByText('Alt+Shift+F', { selector: 'kbd' });
    await new Promise((r) => setTimeout(r, 20));
    expect(stepTitles()).not.toContain('onboardingStepPinTitle');
  });
});
