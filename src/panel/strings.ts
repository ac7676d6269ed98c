/**
 * The panel's user-visible strings: each is the message `panel_<key>` of the UI language, with the English made from
 * `_locales/en` as fallback.
 */
import { panel } from 'fact-context:strings-en';
import type { ActorKind } from '../data/types';
import { stringTable } from '../shared/i18n';

const strings = stringTable('panel', panel);

/** A panel string key. */
export type StringKey = keyof typeof panel;

/** The panel string `key`, with `$1`, `$2`… replaced by `subs`. */
export const s = strings.text;

/** The heading for a group of actors of one kind ("People"). */
export const kindGroup = (kind: ActorKind): string => s(`group_${kind}`);
/** The label for one actor's kind ("Person"). */
export const kindLabel = (kind: ActorKind): string => s(`kind_${kind}`);
/** "1 mention" / "5 mentions" (in the UI language's plural forms). */
export const mentionCount = (n: number): string => strings.count('mentions', n);
/** "1 actor found" / "4 actors found". */
export const actorCount = (n: number): string => strings.count('actors', n);
