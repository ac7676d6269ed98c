/**
 * Shape checks for what reaches the panel from other contexts. A frame's mention list comes from a content script,
 * which runs in the page's renderer (a hostile page may control it): an item that is not what the protocol says is
 * dropped, never rendered, and never crashes a view. Pure: no DOM, no browser API.
 */
import { ACTOR_KINDS, type ActorKind } from '../data/types';
import type { FrameCounts, MentionItem, TabView } from '../shared/protocol';
import { TITLE_MAX } from '../shared/protocol';
import { actorById } from './article-index';

/** The most items one frame's list may hold (a content script stops at 25,000 mentions). */
const MAX_ITEMS = 25_000;
/** A mention's own text: longer than any alias of the article. */
const MAX_TEXT = 200;
/** The text around a mention (the content script sends 60 characters each side). */
const MAX_CONTEXT = 200;
/** The longest list text read: 25,000 items of the longest honest shape fit in well under this. */
const MAX_JSON_CHARS = 16_777_216;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** One mention item, or undefined when any field is malformed; texts are cut to their caps. */
function checkMentionItem(value: unknown): MentionItem | undefined {
  if (!isRecord(value)) return undefined;
  const { n, order, actorId, kind, text, before, after } = value;
  if (!isIndex(n) || !isIndex(order) || typeof actorId !== 'string' || !actorById(actorId)) return undefined;
  if (typeof kind !== 'string' || !ACTOR_KINDS.includes(kind as ActorKind)) return undefined;
  if (typeof text !== 'string' || typeof before !== 'string' || typeof after !== 'string') return undefined;
  return {
    n,
    order,
    actorId,
    kind: kind as ActorKind,
    text: text.slice(0, MAX_TEXT),
    before: before.slice(-MAX_CONTEXT),
    after: after.slice(0, MAX_CONTEXT),
  };
}

/**
 * A frame's mention list from its JSON text, malformed items left out; undefined when it is not a list at all (that
 * frame then counts as unanswered). Only `actorId`'s items are kept when it is given.
 */
export function parseMentionItems(json: unknown, actorId?: string): MentionItem[] | undefined {
  if (typeof json !== 'string' || json.length > MAX_JSON_CHARS) return undefined;
  let items: unknown;
  try {
    items = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(items)) return undefined;
  const checked: MentionItem[] = [];
  for (const item of items.slice(0, MAX_ITEMS)) {
    const ok = checkMentionItem(item);
    if (ok && (!actorId || ok.actorId === actorId)) checked.push(ok);
  }
  return checked;
}

function checkCounts(value: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  if (!isRecord(value)) return counts;
  for (const [id, n] of Object.entries(value)) if (actorById(id) && isIndex(n) && n > 0) counts[id] = n;
  return counts;
}

/** The background's answer about a tab, with anything malformed left out (a bad frame is dropped, not the tab). */
export function checkTabView(value: unknown): TabView | undefined {
  if (!isRecord(value) || !Number.isInteger(value.tabId) || typeof value.restricted !== 'boolean') return undefined;
  const frames: Record<string, FrameCounts> = {};
  if (isRecord(value.frames)) {
    for (const [id, frame] of Object.entries(value.frames)) {
      if (!/^\d+$/.test(id) || !isRecord(frame)) continue;
      const inactive = frame.inactive === 'disabled' || frame.inactive === 'paused' ? frame.inactive : undefined;
      frames[id] = {
        counts: checkCounts(frame.counts),
        total: isIndex(frame.total) ? frame.total : 0,
        capped: frame.capped === true,
        ...(inactive ? { inactive } : {}),
      };
    }
  }
  return {
    tabId: value.tabId as number,
    frames,
    restricted: value.restricted,
    url: typeof value.url === 'string' ? value.url : undefined,
    title: typeof value.title === 'string' ? value.title.slice(0, TITLE_MAX) : undefined,
  };
}
