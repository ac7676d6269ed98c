/** The bundled article data, typed, for the panel (esbuild inlines the JSON). */
import article from '../../assets/article/article.json';
import actors from '../../assets/article/actors.json';
import quotes from '../../assets/article/quotes.json';
import statements from '../../assets/article/statements.json';
import events from '../../assets/article/events.json';
import type { ArticleData } from './types';

/**
 * Everything the panel shows. JSON imports type string unions as `string`, so the shape is asserted
 * here; the build runs `validateArticleData` on the same files, which is what makes the assertion safe.
 */
export const articleData: ArticleData = { article, actors, quotes, statements, events } as ArticleData;
