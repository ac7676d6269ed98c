/** The content share of the article data (small: loaded on every page), typed. The build provides the module. */
import raw from 'fact-context:content-share';
import type { ContentShare } from '../data/types';

export const share = raw as ContentShare;
