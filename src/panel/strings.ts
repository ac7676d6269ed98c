/**
 * The panel's user-visible strings. Each is looked up in `_locales` as `panel_<key>` first, so a
 * translation can replace it; the English here is the fallback while the locale files catch up.
 */
import { plural, t } from '../shared/i18n';
import type { ActorKind } from '../data/types';
import { EN } from './strings-en';

/** A panel string key. */
export type StringKey = keyof typeof EN;

/** The panel string `key`, with `$1`, `$2`… replaced by `subs`. */
export function s(key: StringKey, ...subs: Array<string | number>): string {
  const localized = t(`panel_${key}`, subs.map(String));
  const text: string = localized && localized !== `panel_${key}` ? localized : EN[key];
  return text.replace(/\$(\d)/g, (_, i: string) => String(subs[Number(i) - 1] ?? ''));
}

/** The heading for a group of actors of one kind ("People"). */
export const kindGroup = (kind: ActorKind): string => s(`group_${kind}`);
/** The label for one actor's kind ("Person"). */
export const kindLabel = (kind: ActorKind): string => s(`kind_${kind}`);
/** "1 mention" / "5 mentions" (in the UI language's plural forms). */
export const mentionCount = (n: number): string => plural('panel_mentions', n, EN.mentions_one, EN.mentions_other);
/** "1 actor found" / "4 actors found". */
export const actorCount = (n: number): string => plural('panel_actors', n, EN.actors_one, EN.actors_other);
