/**
 * What the background accepts from the other contexts, field by field. A content script runs in the page's
 * renderer, which a hostile page may control: every message is checked for types, lengths, counts and known actor
 * ids before anything is stored or matched, and whatever fails throws (the sender gets a failed `Result`).
 */
import { LANGUAGES } from '../match/types';
import { share } from '../shared/share';
import type { FrameCounts } from '../shared/protocol';

/** The actors a count or a "Show in panel" may name: the bundled article's. */
const ACTOR_IDS = new Set(share.actors.map((a) => a.id));
/** The languages the matcher knows. */
const LANGUAGE_SET: ReadonlySet<string> = new Set(LANGUAGES);

/** More mentions than a frame can hold (the content script stops at 25,000): a count above it is a lie. */
const MAX_COUNT = 1_000_000;
/**
 * The most text one `find-mentions` may carry, in characters: four times what a content script sends at once
 * (256 K, src/content/scan/scanner.ts REQUEST_CHARS). Larger requests are refused unread by the matcher.
 */
const MAX_REQUEST_CHARS = 1_048_576;
/** The most texts one `find-mentions` may carry (a 256 K request of one-word texts stays far below). */
const MAX_TEXTS = 65_536;
/** The most pieces one text may come in. */
const MAX_PARTS = 65_536;
/**
 * A frame's address or title, which no content script of ours sends (the background takes the address from the
 * browser) but a compromised renderer may: read by nobody, and refused when malformed or large.
 */
const MAX_IGNORED_CHARS = 16_777_216;

/** Thrown for a message that fails its checks; the message names the field, never echoes the value. */
class BadMessage extends Error {}

function fail(what: string): never {
  throw new BadMessage(what);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_COUNT;

/** True for the id of one of the article's actors. */
function isActorId(value: unknown): value is string {
  return typeof value === 'string' && ACTOR_IDS.has(value);
}

/** A frame's report, reduced to what is kept (its counts); throws when any field is malformed. */
export function checkFrameSummary(data: unknown): FrameCounts {
  if (!isRecord(data)) fail('frame-summary: not an object');
  for (const field of ['url', 'title'] as const) {
    const value = data[field];
    if (value !== undefined && (typeof value !== 'string' || value.length > MAX_IGNORED_CHARS))
      fail(`frame-summary: ${field} must be a string`);
  }
  if (!isRecord(data.counts)) fail('frame-summary: counts must be an object');
  const entries = Object.entries(data.counts);
  if (entries.length > ACTOR_IDS.size) fail('frame-summary: more counts than actors');
  const counts: Record<string, number> = {};
  let sum = 0;
  for (const [id, n] of entries) {
    if (!isActorId(id)) fail('frame-summary: counts name an unknown actor');
    if (!isCount(n)) fail('frame-summary: a count must be a whole number');
    if (n > 0) counts[id] = n;
    sum += n;
  }
  if (!isCount(data.total) || data.total < sum)
    fail('frame-summary: total must be a whole number, at least the counts');
  if (typeof data.capped !== 'boolean') fail('frame-summary: capped must be true or false');
  const inactive = data.inactive;
  if (inactive !== undefined && inactive !== 'disabled' && inactive !== 'paused')
    fail('frame-summary: inactive must be "disabled" or "paused"');
  return { counts, total: data.total, capped: data.capped, ...(inactive ? { inactive } : {}) };
}

/** A `find-mentions` request's texts and languages; throws when malformed or larger than `MAX_REQUEST_CHARS`. */
export function checkFindMentions(data: unknown): { texts: string[][]; languages: string[]; chars: number } {
  if (!isRecord(data)) fail('find-mentions: not an object');
  const { texts, languages } = data;
  if (!Array.isArray(texts) || texts.length > MAX_TEXTS)
    fail('find-mentions: texts must be an array of texts, each an array of strings');
  let chars = 0;
  for (const parts of texts as unknown[]) {
    if (!Array.isArray(parts) || parts.length > MAX_PARTS)
      fail('find-mentions: texts must be an array of texts, each an array of strings');
    for (const part of parts as unknown[]) {
      if (typeof part !== 'string') fail('find-mentions: texts must be an array of texts, each an array of strings');
      chars += part.length;
    }
    if (chars > MAX_REQUEST_CHARS) fail(`find-mentions: more than ${MAX_REQUEST_CHARS} characters in one request`);
  }
  if (!Array.isArray(languages) || languages.length > LANGUAGE_SET.size || !languages.every((l) => LANGUAGE_SET.has(l)))
    fail('find-mentions: languages must be an array of language codes');
  return { texts: texts as string[][], languages: languages as string[], chars };
}

/** A `sentinel` report's one field: whether the frame's text may name an actor. */
export function checkSentinel(data: unknown): boolean {
  if (!isRecord(data) || typeof data.keys !== 'boolean') fail('sentinel: keys must be true or false');
  return data.keys;
}

/** A `show-in-panel` request's actor id; throws unless it names one of the article's actors. */
export function checkShowInPanel(data: unknown): string {
  if (!isRecord(data) || !isActorId(data.actorId)) fail('show-in-panel: actorId must name an actor');
  return data.actorId;
}

/** A `get-tab-state` request's tab id (undefined: the active tab); throws unless it is a tab id. */
export function checkGetTabState(data: unknown): number | undefined {
  if (!isRecord(data)) fail('get-tab-state: not an object');
  const { tabId } = data;
  if (tabId === undefined) return undefined;
  if (!Number.isInteger(tabId) || (tabId as number) < 0) fail('get-tab-state: tabId must be a tab id');
  return tabId as number;
}
