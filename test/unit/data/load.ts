/** Test helpers: the real data, and deep copies to break. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleData } from '../../../src/data/article-data';
import type { ArticleData } from '../../../src/data/types';

const dir = fileURLToPath(new URL('../../../assets/article/', import.meta.url));

/** A deep copy of the real data, safe to mutate. */
export function copyOfData(): ArticleData {
  return structuredClone(articleData);
}

/** The verbatim article text as shipped. */
export function articleText(): string {
  return readFileSync(dir + 'article.txt', 'utf8');
}

/** The mention engine's alias table, when it exists yet. */
export function aliasesIfPresent(): Record<string, unknown> | undefined {
  const file = dir + 'aliases.json';
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}
