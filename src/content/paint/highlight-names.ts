/**
 * The names our highlights are registered under (`fact-context-<style>-<group>`, `fact-context-flash`,
 * `fact-context-active`): content.css styles each one, and the content script clears them all at start in case an
 * instance orphaned by an extension reload left some behind.
 */
import type { HighlightGroup } from '../../shared/settings';

/** The prefix of every highlight name of ours. */
export const HIGHLIGHT_PREFIX = 'fact-context';
/** The groups, each painted as a highlight of its own. */
export const STYLE_GROUPS: readonly HighlightGroup[] = ['people', 'organisations', 'places'];
const STYLES = ['underline', 'background', 'contrast'] as const;

/** Every highlight name we may register. */
export const ALL_HIGHLIGHT_NAMES = [
  ...STYLES.flatMap((style) => STYLE_GROUPS.map((group) => `${HIGHLIGHT_PREFIX}-${style}-${group}`)),
  `${HIGHLIGHT_PREFIX}-flash`,
  `${HIGHLIGHT_PREFIX}-active`,
];
