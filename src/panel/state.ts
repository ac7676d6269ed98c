/**
 * The panel's state, in `@preact/signals`: which tab it follows, what that tab's page holds, and a view
 * history per tab (so switching tabs and back returns to the same view while the panel stays open).
 */
import { computed, signal } from '@preact/signals';
import type { FrameCounts, MentionItem } from '../shared/protocol';
import { defaults, type Settings } from '../shared/settings';

/** What the panel shows. */
export type View =
  | { name: 'page' }
  | { name: 'actor'; actorId: string }
  | { name: 'timeline' }
  | { name: 'article'; focus?: string }
  | { name: 'search'; query: string };

/** How far the panel got with the followed tab's page. */
export type PageStatus = 'loading' | 'ready' | 'restricted' | 'unavailable';

/** A mention of the page, with the frame it lives in. */
export type ListedMention = MentionItem & { frameId: number };

/** What the panel knows about the followed tab's page. */
export interface PageState {
  status: PageStatus;
  url?: string;
  title?: string;
  /** Mentions per actor, over all frames (from the background's frame counts). */
  counts: Record<string, number>;
  /** Each frame's mentions per actor: which frames to ask for an actor's mentions. */
  frameCounts: Record<number, Record<string, number>>;
  /**
   * The mentions of the actors the reader opened, per actor id, fetched on demand from the frames that count them;
   * grouped by frame, in page order within a frame.
   */
  mentions: Record<string, ListedMention[]>;
  capped: boolean;
  inactive?: FrameCounts['inactive'];
}

/** An empty page state with the given status. */
export const emptyPage = (status: PageStatus = 'loading'): PageState => ({
  status,
  counts: {},
  frameCounts: {},
  mentions: {},
  capped: false,
});

/** The tab the panel follows (undefined until known). */
export const tabId = signal<number | undefined>(undefined);
/** The followed tab's page. */
export const page = signal<PageState>(emptyPage());
/** The user's settings, kept current. */
export const settings = signal<Settings>(structuredClone(defaults));
/** View history per tab id; the last entry is shown. */
export const histories = signal<Record<number, View[]>>({});
/** Text for the polite live region (announced by screen readers). */
export const announcement = signal('');

const key = () => tabId.value ?? -1;

/** The view shown for the followed tab. */
export const view = computed<View>(() => histories.value[key()]?.at(-1) ?? { name: 'page' });
/** True when there is a view to go back to. */
export const canGoBack = computed(() => (histories.value[key()]?.length ?? 0) > 1);

/** Shows `next` for `forTab` (default: the followed tab), remembering where we came from. */
export function go(next: View, forTab: number = key()): void {
  const stack = histories.value[forTab] ?? [{ name: 'page' }];
  const top = stack.at(-1);
  const same = top && JSON.stringify(top) === JSON.stringify(next);
  // The top-level views reset the history: they are where a reader starts again.
  const base =
    next.name === 'page' || next.name === 'timeline' || (next.name === 'article' && !next.focus) ? [] : stack;
  histories.value = { ...histories.value, [forTab]: same ? stack : [...base.slice(-20), next] };
}

/** Replaces the shown view (typing in the search box should not grow the history). */
export function replace(next: View, forTab: number = key()): void {
  const stack = histories.value[forTab] ?? [{ name: 'page' }];
  histories.value = { ...histories.value, [forTab]: [...stack.slice(0, -1), next] };
}

/** Returns to the previous view. */
export function back(): void {
  const stack = histories.value[key()] ?? [];
  if (stack.length > 1) histories.value = { ...histories.value, [key()]: stack.slice(0, -1) };
}

/** Shows the search view with `query` (replacing a search already shown). */
export function search(query: string, forTab: number = key()): void {
  const top = histories.value[forTab]?.at(-1);
  if (top?.name === 'search') replace({ name: 'search', query }, forTab);
  else go({ name: 'search', query }, forTab);
}
