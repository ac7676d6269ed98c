/** Reads the article data files from a folder and validates them (node only; used by the build and tests). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArticleData } from '../src/data/validate.ts';
import type { ArticleData } from '../src/data/types.ts';

export type Loaded = { ok: true; data: ArticleData } | { ok: false; errors: string[] };

const FILES = ['article', 'actors', 'quotes', 'statements', 'events'] as const;

/** Loads `article.json`, `actors.json`, … and `aliases.json` from `dir`; every problem is reported, not just the first. */
export function loadArticleData(dir: string): Loaded {
  const errors: string[] = [];
  const data: Record<string, unknown> = {};
  for (const name of FILES) {
    const file = join(dir, `${name}.json`);
    if (!existsSync(file)) {
      errors.push(`${name}.json: file missing in ${dir}`);
      continue;
    }
    try {
      data[name] = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push(`${name}.json: not valid JSON (${(error as Error).message})`);
    }
  }
  if (errors.length) return { ok: false, errors };
  const aliasFile = join(dir, 'aliases.json');
  let aliases: Record<string, unknown> | undefined;
  if (existsSync(aliasFile)) {
    try {
      aliases = JSON.parse(readFileSync(aliasFile, 'utf8'));
    } catch (error) {
      return { ok: false, errors: [`aliases.json: not valid JSON (${(error as Error).message})`] };
    }
  }
  const problems = validateArticleData(data, aliases);
  return problems.length ? { ok: false, errors: problems } : { ok: true, data: data as unknown as ArticleData };
}
