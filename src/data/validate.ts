/**
 * Validation of the article data. Pure: takes parsed JSON, returns human-readable errors, each naming
 * the entry and the field (`quotes[q-putin-100-percent-guarantee].text: not found verbatim at p5[470..486]`).
 * The build fails when the list is not empty.
 */
import { Checker, describe, isObj, type Obj } from './checker';
import { parseIsoDate } from './event-date';
import { ACTOR_KINDS, RELATION_TYPES } from './types';

/** The fields each entry may have; `true` marks the required ones. */
const FIELDS = {
  actors: { id: true, name: true, kind: true, description: true, relations: true, note: false },
  quotes: {
    id: true,
    speakerId: true,
    text: true,
    location: true,
    sentence: true,
    date: false,
    repeatedOn: false,
    medium: false,
    mediumId: false,
    outletIds: false,
    aboutIds: false,
    note: false,
  },
  statements: {
    id: true,
    speakerId: true,
    text: true,
    location: true,
    date: false,
    aboutIds: false,
    parts: false,
    note: false,
  },
  events: {
    id: true,
    title: true,
    date: false,
    repeatedOn: false,
    participantIds: true,
    placeIds: true,
    sourceIds: false,
    casualties: false,
    location: true,
    note: false,
  },
} as const;

type Collection = keyof typeof FIELDS;

/** `quotes[q1]` when the entry has a usable id, else `quotes[3]`. */
function label(collection: string, index: number, entry: unknown): string {
  const id = isObj(entry) ? entry.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `${collection}[${id}]` : `${collection}[${index}]`;
}

function checkArticle(c: Checker, article: unknown): void {
  if (!isObj(article))
    return c.fail('article', article === undefined ? 'required field missing' : 'expected an object');
  c.fields(article, 'article', {
    title: true,
    standfirst: true,
    section: true,
    readingTime: true,
    asOf: true,
    paragraphs: true,
    note: false,
  });
  for (const f of ['title', 'standfirst', 'section']) c.string(article, 'article', f, true);
  const rt = article.readingTime;
  if (!isObj(rt)) c.fail('article.readingTime', rt === undefined ? 'required field missing' : 'expected an object');
  else {
    c.string(rt, 'article.readingTime', 'text', true);
    if (typeof rt.minutes !== 'number' || rt.minutes <= 0)
      c.fail('article.readingTime.minutes', 'expected a positive number');
  }
  const asOf = article.asOf;
  if (!isObj(asOf)) c.fail('article.asOf', asOf === undefined ? 'required field missing' : 'expected an object');
  else {
    const date = c.string(asOf, 'article.asOf', 'date', true);
    if (date !== undefined && parseIsoDate(date)?.precision !== 'day') {
      c.fail('article.asOf.date', `"${date}" is not an ISO 8601 day (YYYY-MM-DD)`);
    }
    if (typeof asOf.derived !== 'boolean') c.fail('article.asOf.derived', 'expected a boolean');
    c.string(asOf, 'article.asOf', 'note', true);
  }
  c.array(article, 'article', 'paragraphs', true)?.forEach((p, i) => {
    const path = `article.paragraphs[${i}]`;
    if (!isObj(p)) return c.fail(path, 'expected an object');
    const id = c.string(p, path, 'id', true);
    const text = c.string(p, path, 'text', true);
    if (id !== undefined && id !== `p${i + 1}`) c.fail(`${path}.id`, `expected "p${i + 1}", got "${id}"`);
    if (id !== undefined && text !== undefined) c.paragraphs.set(id, text);
  });
}

/** Checks ids (present, unique) of one collection and returns its entries with their labels. */
function entries(c: Checker, data: Obj, collection: Collection): Array<{ e: Obj; path: string }> {
  const list = c.array(data, 'data', collection, true) ?? [];
  const firstAt = new Map<string, number>();
  const out: Array<{ e: Obj; path: string }> = [];
  list.forEach((e, i) => {
    const path = label(collection, i, e);
    if (!isObj(e)) return c.fail(`${collection}[${i}]`, `expected an object, got ${describe(e)}`);
    const id = c.string(e, path, 'id', false);
    if (id !== undefined) {
      const first = firstAt.get(id);
      if (first !== undefined)
        c.fail(`${collection}[${i}].id`, `duplicate id "${id}" (first at ${collection}[${first}])`);
      else firstAt.set(id, i);
    }
    c.fields(e, path, FIELDS[collection]);
    for (const [field, required] of Object.entries(FIELDS[collection])) {
      if (required && e[field] === undefined) c.fail(`${path}.${field}`, 'required field missing');
    }
    out.push({ e, path });
  });
  return out;
}

/** Checks that `text` is exactly what `location` points at. */
function verbatim(c: Checker, e: Obj, path: string): void {
  const at = c.location(e, path, 'location');
  const text = typeof e.text === 'string' ? e.text : undefined;
  if (at === undefined || text === undefined) return;
  if (at !== text) {
    const loc = e.location as { paragraphId: string; start: number; end: number };
    c.fail(
      `${path}.text`,
      `not found verbatim at ${loc.paragraphId}[${loc.start}..${loc.end}] (found ${JSON.stringify(at)})`,
    );
  }
}

/** A statement's parts: each verbatim in its text, each credited to the writer or a known actor. */
function checkParts(c: Checker, e: Obj, path: string): void {
  const text = typeof e.text === 'string' ? e.text : '';
  c.array(e, path, 'parts', false)?.forEach((p, i) => {
    const at = `${path}.parts[${i}]`;
    if (!isObj(p)) return c.fail(at, 'expected an object');
    c.fields(p, at, { text: true, by: true });
    const part = c.string(p, at, 'text', true);
    const by = c.string(p, at, 'by', true);
    if (part !== undefined && !text.includes(part)) c.fail(`${at}.text`, 'not found verbatim in the statement text');
    if (by !== undefined && by !== 'writer') c.actorRef(by, `${at}.by`);
  });
}

function checkCasualties(c: Checker, v: unknown, path: string): void {
  if (!isObj(v)) return c.fail(path, `expected an object, got ${describe(v)}`);
  c.fields(v, path, { killed: false, injured: false, text: true });
  c.string(v, path, 'text', true);
  for (const f of ['killed', 'injured'] as const) {
    const n = v[f];
    if (n === undefined) continue;
    if (!isObj(n) || typeof n.count !== 'number' || typeof n.atLeast !== 'boolean') {
      c.fail(`${path}.${f}`, 'expected { count: number, atLeast: boolean }');
    }
  }
}

/**
 * Validates article data (and, optionally, the mention engine's alias table, whose keys must be actor
 * ids). Returns the errors; an empty list means valid.
 */
export function validateArticleData(data: unknown, aliases?: Record<string, unknown>): string[] {
  const c = new Checker();
  if (!isObj(data)) return ['data: expected an object with article, actors, quotes, statements, events'];
  c.fields(data, 'data', { article: true, actors: true, quotes: true, statements: true, events: true });
  checkArticle(c, data.article);

  const actors = entries(c, data, 'actors');
  for (const { e } of actors) {
    if (typeof e.id === 'string')
      c.actors.set(
        e.id,
        ACTOR_KINDS.find((k) => k === e.kind),
      );
  }
  for (const { e, path } of actors) {
    const id = e.id;
    if (typeof id === 'string' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      c.fail(`${path}.id`, `"${id}" is not kebab-case`);
    for (const f of ['name', 'description', 'note']) c.string(e, path, f, false);
    if (e.kind !== undefined && !ACTOR_KINDS.some((k) => k === e.kind)) {
      c.fail(`${path}.kind`, `${JSON.stringify(e.kind)} is not one of ${ACTOR_KINDS.join(', ')}`);
    }
    c.array(e, path, 'relations', false)?.forEach((r, i) => {
      const at = `${path}.relations[${i}]`;
      if (!isObj(r)) return c.fail(at, 'expected an object');
      c.fields(r, at, { type: true, target: true, note: false });
      if (!RELATION_TYPES.some((t) => t === r.type)) {
        c.fail(`${at}.type`, `${JSON.stringify(r.type)} is not one of ${RELATION_TYPES.join(', ')}`);
      }
      c.actorRef(r.target, `${at}.target`);
    });
  }

  for (const { e, path } of entries(c, data, 'quotes')) {
    c.actorRef(e.speakerId, `${path}.speakerId`);
    for (const f of ['text', 'medium', 'note']) c.string(e, path, f, false);
    verbatim(c, e, path);
    const sentence = c.location(e, path, 'sentence');
    const loc = e.location as { paragraphId?: unknown; start?: unknown; end?: unknown } | undefined;
    const sen = e.sentence as { paragraphId?: unknown; start?: number; end?: number } | undefined;
    if (sentence !== undefined && loc && sen && typeof loc.start === 'number' && typeof loc.end === 'number') {
      if (loc.paragraphId !== sen.paragraphId || loc.start < (sen.start ?? 0) || loc.end > (sen.end ?? 0)) {
        c.fail(`${path}.sentence`, 'does not contain the quote location');
      }
    }
    c.dates(e, path);
    if (e.mediumId !== undefined) c.actorRef(e.mediumId, `${path}.mediumId`, ['media']);
    c.actorRefs(e, path, 'outletIds', ['media']);
    c.actorRefs(e, path, 'aboutIds');
  }

  for (const { e, path } of entries(c, data, 'statements')) {
    c.actorRef(e.speakerId, `${path}.speakerId`);
    for (const f of ['text', 'note']) c.string(e, path, f, false);
    verbatim(c, e, path);
    c.dates(e, path);
    c.actorRefs(e, path, 'aboutIds');
    checkParts(c, e, path);
  }

  for (const { e, path } of entries(c, data, 'events')) {
    for (const f of ['title', 'note']) c.string(e, path, f, false);
    c.dates(e, path);
    c.actorRefs(e, path, 'participantIds');
    c.actorRefs(e, path, 'placeIds', ['place', 'government']);
    c.actorRefs(e, path, 'sourceIds');
    if (e.casualties !== undefined) checkCasualties(c, e.casualties, `${path}.casualties`);
    c.location(e, path, 'location');
  }

  if (aliases !== undefined) checkAliases(c, aliases);
  return c.errors;
}

/**
 * Checks that the alias table names known actors, of their kinds; its inner shape is the mention engine's business.
 * Two shapes are accepted: `{ actors: [{ id, … }], … }` (what src/match writes) and a plain object keyed
 * by actor id. Keys starting with "$" are comments.
 */
function checkAliases(c: Checker, aliases: unknown): void {
  if (!isObj(aliases)) return c.fail('aliases', `expected an object, got ${describe(aliases)}`);
  if (Array.isArray(aliases.actors)) {
    aliases.actors.forEach((entry, i) => {
      const id = isObj(entry) ? entry.id : undefined;
      if (typeof id !== 'string') c.fail(`aliases.actors[${i}].id`, 'required field missing');
      else if (!c.actors.has(id)) c.fail(`aliases.actors[${i}].id`, `unknown actor id "${id}"`);
      else {
        // the matcher treats a name by its kind (places get the namesake rules): it must be the actor's
        const kind = isObj(entry) ? entry.kind : undefined;
        const actual = c.actors.get(id);
        if (kind !== undefined && actual !== undefined && kind !== actual)
          c.fail(`aliases.actors[${i}].kind`, `${JSON.stringify(kind)} but actor "${id}" is a ${actual}`);
      }
    });
    return;
  }
  for (const key of Object.keys(aliases)) {
    if (!key.startsWith('$') && !c.actors.has(key)) c.fail(`aliases["${key}"]`, `unknown actor id "${key}"`);
  }
}
