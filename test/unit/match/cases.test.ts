import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/match';
import type { Case } from './case-table';
import { EN } from './cases-en';
import { DE } from './cases-de';
import { FR } from './cases-fr';
import { ES } from './cases-es';
import { PL } from './cases-pl';
import { RU } from './cases-ru';
import { UK } from './cases-uk';
import { RULES } from './cases-rules';

const TABLES: Record<string, Case[]> = { en: EN, de: DE, fr: FR, es: ES, pl: PL, ru: RU, uk: UK, rules: RULES };

function render(text: string): string[] {
  return findMentions(text).map((m) => `${m.actorId}=${text.slice(m.start, m.end)}`);
}

for (const [name, cases] of Object.entries(TABLES)) {
  describe(`case table: ${name}`, () => {
    it.each(cases.map((c) => [JSON.stringify(c[0]), c] as const))('%s', (_label, [text, expected]) => {
      expect(render(text)).toEqual(expected);
    });
  });
}
