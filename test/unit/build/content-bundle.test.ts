/**
 * Every page and frame loads the content script, so it carries no mention engine: the alias tables and the
 * matcher live in the background, which answers `find-mentions`. Reads the build in dist/ (`npm test` builds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const english = JSON.parse(readFileSync(join(root, 'assets/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const dir = join(root, 'dist', target);
  const built = existsSync(join(dir, 'content.js'));

  it.runIf(built)('keeps the alias tables out of the content script and in the background', () => {
    const content = readFileSync(join(dir, 'content.js'), 'utf8');
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    // "Selenskyj" is German press spelling: it exists only in the alias tables, never in the content share.
    expect(background).toContain('Selenskyj');
    expect(content).not.toContain('Selenskyj');
    expect(content).not.toContain('fact-context:compiled-matcher');
  });

  it.runIf(built)('carries the hover card’s English fallback strings and none of the panel’s', () => {
    const content = readFileSync(join(dir, 'content.js'), 'utf8');
    expect(content).toContain(english.card_unreachable!.message);
    expect(content).not.toContain(english.panel_searchHint!.message);
  });
});
