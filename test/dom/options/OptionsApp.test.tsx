/** The options page: every setting is shown, and a change is saved to storage.sync at once. */
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

const { OptionsApp } = await import('../../../src/options/OptionsApp');
const { siteFromInput } = await import('../../../src/options/PausedSites');
const { defaults } = await import('../../../src/shared/settings');

beforeEach(() => {
  fake.browser = createFakeBrowser();
});
afterEach(cleanup);

const stored = () => Object.fromEntries(fake.browser.storage.sync.data);

describe('OptionsApp', () => {
  it('shows every setting, labelled from _locales', async () => {
    render(<OptionsApp />);
    expect(await screen.findByRole('checkbox', { name: 'optionEnabled' })).toBeTruthy();
    for (const group of ['groupPeople', 'groupOrganisations', 'groupPlaces'])
      expect(screen.getByRole('checkbox', { name: group })).toBeTruthy();
    for (const style of ['styleUnderline', 'styleBackground', 'styleNone'])
      expect(screen.getByRole('radio', { name: style })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'optionHighContrast' })).toBeTruthy();
    expect(screen.getByRole('spinbutton')).toHaveProperty('value', String(defaults.hoverDelayMs));
    expect(
      screen.getByRole('group', { name: 'optionLanguages' }).querySelectorAll('input[type=checkbox]'),
    ).toHaveLength(defaults.languages.length);
    expect(screen.getByRole('group', { name: 'optionPausedSites' })).toBeTruthy();
  });

  it('saves each change to storage.sync at once', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'groupPlaces' }));
    await waitFor(() => expect(stored().groups).toEqual({ people: true, organisations: true, places: false }));
    fireEvent.click(screen.getByRole('radio', { name: 'styleNone' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'optionHighContrast' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'optionEnabled' }));
    const delay = screen.getByRole('spinbutton');
    fireEvent.change(delay, { target: { value: '5000' } });
    await waitFor(() =>
      expect(stored()).toMatchObject({
        highlightStyle: 'none',
        highContrast: true,
        enabled: false,
        hoverDelayMs: 2000,
      }),
    );
  });

  it('turns a language off and keeps the order of the list', async () => {
    render(<OptionsApp />);
    const box = (await screen.findByRole('group', { name: 'optionLanguages' })).querySelector(
      'label[lang=ru] input',
    ) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(stored().languages).toEqual(defaults.languages.filter((l) => l !== 'ru')));
  });

  it('adds and removes paused sites', async () => {
    render(<OptionsApp />);
    const input = await screen.findByRole('textbox', { name: 'pausedSiteAdd' });
    fireEvent.input(input, { target: { value: 'https://News.example.com/page' } });
    fireEvent.click(screen.getByRole('button', { name: 'pause' }));
    await waitFor(() => expect(stored().pausedSites).toEqual(['news.example.com']));
    fireEvent.click(await screen.findByRole('button', { name: 'pausedSiteRemove(news.example.com)' }));
    await waitFor(() => expect(stored().pausedSites).toEqual([]));
  });

  it('follows changes made elsewhere (the panel)', async () => {
    render(<OptionsApp />);
    const places = (await screen.findByRole('checkbox', { name: 'groupPlaces' })) as HTMLInputElement;
    await fake.browser.storage.sync.set({ groups: { people: true, organisations: true, places: false } });
    await waitFor(() => expect(places.checked).toBe(false));
  });

  it('renders a stored site name as text, not HTML', async () => {
    render(<OptionsApp initial={{ ...defaults, pausedSites: ['<img src=x onerror=alert(1)>'] }} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

describe('siteFromInput', () => {
  it('takes the hostname of whatever a reader types', () => {
    expect(siteFromInput(' Example.com ')).toBe('example.com');
    expect(siteFromInput('example.com:8080/a')).toBe('example.com');
    expect(siteFromInput('http://a.b.c/x?y')).toBe('a.b.c');
    expect(siteFromInput('')).toBe('');
  });
});
