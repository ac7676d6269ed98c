/**
 * The English strings the UI falls back on, taken from `assets/_locales/en/messages.json`, the only place they are
 * written: one table per part of the UI (`card_<key>` → `card[key]`, `panel_<key>` → `panel[key]`). The build
 * serves them as the virtual module `fact-context:strings-en` (plugins.ts), one named export per table so that a
 * bundle carries only the tables it uses; the tests get the same tables through an alias (test/vitest.config.ts).
 * The tables' types come from the JSON itself (src/types.d.ts), so a key missing from the locale does not compile.
 */

/** The parts of the UI with a table of their own: the prefixes of their message keys. */
const STRING_TABLES = ['card', 'panel'] as const;

/** A messages.json, as far as the tables need it. */
type Messages = Record<string, { message: string }>;

/** Each table's English strings, keyed without the prefix. */
export function englishTables(messages: Messages): Record<(typeof STRING_TABLES)[number], Record<string, string>> {
  const tables = Object.fromEntries(STRING_TABLES.map((name) => [name, {} as Record<string, string>]));
  for (const [key, { message }] of Object.entries(messages)) {
    const cut = key.indexOf('_');
    const table = cut > 0 ? tables[key.slice(0, cut)] : undefined;
    if (table) table[key.slice(cut + 1)] = message;
  }
  return tables as Record<(typeof STRING_TABLES)[number], Record<string, string>>;
}

/** The source of the virtual module: `export const card = {…}; export const panel = {…};`. */
export function englishTablesModule(messages: Messages): string {
  return Object.entries(englishTables(messages))
    .map(([name, table]) => `export const ${name} = ${JSON.stringify(table)};`)
    .join('\n');
}
