/** The locales: English has every message the manifest names; Ukrainian has every English message, in the same shape. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const messages = JSON.parse(
  readFileSync(new URL('../../../assets/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;
const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));

describe('the English locale', () => {
  it('has every __MSG_…__ the manifest uses', () => {
    const used = JSON.stringify(manifest).match(/__MSG_(\w+)__/g) ?? [];
    expect(used.length).toBeGreaterThan(0);
    for (const m of used) expect(messages[m.slice(6, -2)], m).toBeDefined();
  });
});

describe('the Ukrainian locale', () => {
  type Entry = { message: string; placeholders?: Record<string, { content: string }> };
  const uk = JSON.parse(
    readFileSync(new URL('../../../assets/_locales/uk/messages.json', import.meta.url), 'utf8'),
  ) as Record<string, Entry>;
  const en = messages as Record<string, Entry>;
  const numbered = (text: string) => (text.match(/\$\d/g) ?? []).sort();
  const named = (text: string) => (text.match(/\$[A-Za-z_]\w*\$/g) ?? []).map((p) => p.toLowerCase()).sort();

  /** Plural forms English has no use for: Ukrainian counts have four ("1 згадка", "3 згадки", "5 згадок", "1,5 згадки"). */
  const ukrainianOnly = (key: string) => /_(few|many)$/.test(key);

  it('has exactly the English keys, in the same order, and the plural forms English has no use for', () => {
    expect(Object.keys(uk).filter((k) => !ukrainianOnly(k))).toEqual(Object.keys(en));
    for (const key of Object.keys(uk).filter(ukrainianOnly))
      expect(en[key.replace(/_(few|many)$/, '_other')], key).toBeDefined();
  });

  it('has every plural form of each count that Ukrainian has', () => {
    const categories = new Intl.PluralRules('uk').resolvedOptions().pluralCategories;
    const counts = Object.keys(en)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length));
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts)
      for (const category of categories) expect(uk[`${count}_${category}`], `${count}_${category}`).toBeDefined();
  });

  it('uses the same $n placeholders in each message', () => {
    for (const key of Object.keys(en))
      expect(numbered(uk[key]?.message ?? ''), key).toEqual(numbered(en[key]!.message));
    for (const key of Object.keys(uk).filter(ukrainianOnly)) expect(numbered(uk[key]!.message), key).toEqual(['$1']);
  });

  it('uses the same named placeholders, with the same definitions', () => {
    for (const key of Object.keys(en)) {
      expect(named(uk[key]?.message ?? ''), key).toEqual(named(en[key]!.message));
      expect(uk[key]?.placeholders, key).toEqual(en[key]!.placeholders);
    }
  });

  it('has no empty message', () => {
    for (const [key, entry] of Object.entries(uk)) {
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message, key).not.toBe('');
    }
  });
});
