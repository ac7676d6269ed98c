/**
 * The painter: each group's mentions go into that group's highlight under the chosen style's name, hidden groups
 * are not painted, the number of registered ranges is capped, and the flash and keyboard highlights come and go.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_REGISTERED, Painter } from '../../../../src/content/paint/painter';
import { installHighlightRegistry } from '../highlight-registry';
import { groupOf, mentionsOf } from '../mentions';

const options = (over: Partial<ConstructorParameters<typeof Painter>[1]> = {}) => ({
  highlightStyle: 'background' as const,
  highContrast: false,
  groups: { people: true, organisations: true, places: true },
  ...over,
});
/** The names and sizes of what the painter would register, as the registry guard registers them. */
const shown = (painter: Painter) =>
  Object.fromEntries([...painter.names].map(([highlight, name]) => [name, (highlight as Set<unknown>).size]));

beforeEach(() => {
  installHighlightRegistry();
  document.body.innerHTML = '<p id="a">Putin went to Kyiv.</p><p id="b">Putin again.</p>';
});
afterEach(() => vi.useRealTimers());

describe('the painter', () => {
  it('paints each mention in its group’s highlight, under the style’s name, and becomes live', () => {
    const painter = new Painter(groupOf, options());
    expect(painter.live).toBe(false);
    expect(painter.paint(mentionsOf('a'), document.getElementById('a')!)).toBe(true);
    expect(painter.live).toBe(true);
    expect(shown(painter)).toMatchObject({
      'fact-context-background-people': 1,
      'fact-context-background-places': 1,
      'fact-context-background-organisations': 0,
    });
    expect(painter.registeredCount).toBe(2);
  });

  it('does not paint a mention twice, nor a group the reader switched off', () => {
    const painter = new Painter(groupOf, options({ groups: { people: true, organisations: true, places: false } }));
    const block = document.getElementById('a')!;
    const mentions = mentionsOf('a');
    painter.paint(mentions, block);
    expect(painter.paint(mentions, block)).toBe(false);
    expect(shown(painter)).toMatchObject({ 'fact-context-background-people': 1, 'fact-context-background-places': 0 });
  });

  it('uses the high-contrast names when asked, and no group names at all for the style "none"', () => {
    const painter = new Painter(groupOf, options({ highContrast: true }));
    expect(Object.keys(shown(painter))).toContain('fact-context-contrast-people');
    painter.restyle(options({ highlightStyle: 'none' }));
    expect(Object.keys(shown(painter)).sort()).toEqual(['fact-context-active', 'fact-context-flash']);
  });

  it('unpaints a mention, and stops at MAX_REGISTERED ranges', () => {
    const painter = new Painter(groupOf, options());
    const [putin] = mentionsOf('b');
    painter.paint([putin!], document.getElementById('b')!);
    painter.unpaint(putin!);
    expect(painter.registeredCount).toBe(0);
    document.body.innerHTML = Array.from({ length: MAX_REGISTERED + 10 }, (_, i) => `<p id="p${i}">Putin</p>`).join('');
    for (let i = 0; i < MAX_REGISTERED + 10; i++) painter.paint(mentionsOf(`p${i}`), document.getElementById(`p${i}`)!);
    expect(painter.registeredCount).toBe(MAX_REGISTERED);
    expect(painter.full).toBe(true);
  });

  it('flashes a mention for a while, and marks the one the keyboard is on', () => {
    vi.useFakeTimers();
    const painter = new Painter(groupOf, options());
    const [putin, kyiv] = mentionsOf('a');
    painter.flashMention(putin!, 1500);
    expect(shown(painter)['fact-context-flash']).toBe(1);
    vi.advanceTimersByTime(1600);
    expect(shown(painter)['fact-context-flash']).toBe(0);
    painter.setActive(kyiv);
    expect(shown(painter)['fact-context-active']).toBe(1);
    painter.setActive(undefined);
    expect(shown(painter)['fact-context-active']).toBe(0);
  });

  it('takes its names out of the registry when destroyed', () => {
    const painter = new Painter(groupOf, options());
    const registry = CSS.highlights as unknown as Map<string, unknown>;
    for (const [highlight, name] of painter.names) registry.set(name, highlight);
    registry.set('page-own', new Set());
    painter.destroy();
    expect([...registry.keys()]).toEqual(['page-own']);
  });
});
