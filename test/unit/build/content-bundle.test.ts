/**
 * Every page and frame loads the content script, so it carries no mention engine: the alias tables and the
 * matcher live in the background, which answers `find-mentions`. Reads the build in dist/ (`npm test` builds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

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
});
