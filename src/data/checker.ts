/**
 * The field-level checks of the article data's validation (validate.ts): each takes the path of what it checks and
 * records an error naming it, so that the build's message says which entry and which field is wrong.
 */
import { parseIsoDate } from './event-date';
import { DATE_RELATIONS, type ActorKind } from './types';

/** A parsed JSON object. */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const describe = (v: unknown): string => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** Collects errors while walking the data; every check takes the path of what it checks. */
export class Checker {
  readonly errors: string[] = [];
  readonly paragraphs = new Map<string, string>();
  readonly actors = new Map<string, ActorKind | undefined>();

  fail(path: string, message: string): undefined {
    this.errors.push(`${path}: ${message}`);
    return undefined;
  }

  /** A field's value, or undefined (reported when the field is required). */
  private present(obj: Obj, path: string, field: string, required: boolean): unknown {
    const v = obj[field];
    if (v === undefined && required) this.fail(`${path}.${field}`, 'required field missing');
    return v;
  }

  /** A non-empty string field. */
  string(obj: Obj, path: string, field: string, required: boolean): string | undefined {
    const v = this.present(obj, path, field, required);
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(`${path}.${field}`, `expected a non-empty string, got ${JSON.stringify(v)}`);
      return undefined;
    }
    return v;
  }

  /** An array field. */
  array(obj: Obj, path: string, field: string, required: boolean): unknown[] | undefined {
    const v = this.present(obj, path, field, required);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.fail(`${path}.${field}`, `expected an array, got ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  /** Reports every field not in `allowed`. */
  fields(obj: Obj, path: string, allowed: Record<string, boolean>): void {
    for (const key of Object.keys(obj)) if (!(key in allowed)) this.fail(`${path}.${key}`, 'unknown field');
  }

  /** Checks that `id` names an actor, optionally of one of `kinds`. */
  actorRef(id: unknown, path: string, kinds?: readonly ActorKind[]): void {
    if (id === undefined) return; // a missing required reference is reported by entries()
    if (typeof id !== 'string') return this.fail(path, `expected an actor id, got ${JSON.stringify(id)}`);
    if (!this.actors.has(id)) return this.fail(path, `unknown actor "${id}"`);
    const kind = this.actors.get(id);
    if (kinds && kind && !kinds.includes(kind)) {
      this.fail(path, `actor "${id}" is a ${kind}, expected ${kinds.join(' or ')}`);
    }
  }

  /** Checks an array field of actor ids. */
  actorRefs(obj: Obj, path: string, field: string, kinds?: readonly ActorKind[]): void {
    this.array(obj, path, field, false)?.forEach((id, i) => this.actorRef(id, `${path}.${field}[${i}]`, kinds));
  }

  /** Checks a TextLocation; returns the text it points at when it is valid. */
  location(obj: Obj, path: string, field: string): string | undefined {
    const loc = obj[field];
    const at = `${path}.${field}`;
    if (loc === undefined) return undefined; // reported by entries() as a missing required field
    if (!isObj(loc)) return this.fail(at, `expected an object, got ${describe(loc)}`);
    this.fields(loc, at, { paragraphId: true, start: true, end: true });
    const pid = this.string(loc, at, 'paragraphId', true);
    const { start, end } = loc;
    let ok = pid !== undefined;
    for (const [name, n] of [
      ['start', start],
      ['end', end],
    ] as const) {
      if (n === undefined) this.fail(`${at}.${name}`, 'required field missing');
      if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n < 0)) {
        this.fail(`${at}.${name}`, `expected a non-negative integer, got ${JSON.stringify(n)}`);
      }
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) ok = false;
    }
    if (!ok || pid === undefined) return undefined;
    const text = this.paragraphs.get(pid);
    if (text === undefined) return this.fail(`${at}.paragraphId`, `unknown paragraph "${pid}"`);
    const [s, e] = [start as number, end as number];
    if (e > text.length) return this.fail(`${at}.end`, `${e} is out of range for ${pid} (length ${text.length})`);
    if (s >= e) return this.fail(`${at}.start`, `${s} is not before end ${e}`);
    return text.slice(s, e);
  }

  /** Checks an EventDate: an ISO value at its stated precision, an optional relation and `inferred` flag. */
  date(v: unknown, path: string): void {
    if (!isObj(v)) return this.fail(path, `expected a date object, got ${describe(v)}`);
    this.fields(v, path, { value: true, precision: true, relation: false, inferred: false });
    if (v.inferred !== undefined && typeof v.inferred !== 'boolean')
      this.fail(`${path}.inferred`, 'expected a boolean');
    const value = this.string(v, path, 'value', true);
    const precision = this.string(v, path, 'precision', true);
    if (precision !== undefined && !['day', 'month', 'year'].includes(precision)) {
      this.fail(`${path}.precision`, `"${precision}" is not one of day, month, year`);
    }
    if (v.relation !== undefined && !DATE_RELATIONS.some((r) => r === v.relation)) {
      this.fail(`${path}.relation`, `${JSON.stringify(v.relation)} is not one of ${DATE_RELATIONS.join(', ')}`);
    }
    if (value === undefined) return;
    const parsed = parseIsoDate(value);
    if (!parsed) return this.fail(`${path}.value`, `"${value}" is not ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY)`);
    if (precision !== undefined && parsed.precision !== precision) {
      this.fail(`${path}.precision`, `"${precision}" does not match value "${value}" (${parsed.precision} precision)`);
    }
  }

  /** Checks an entry's `date` and `repeatedOn`. */
  dates(obj: Obj, path: string): void {
    if (obj.date !== undefined) this.date(obj.date, `${path}.date`);
    this.array(obj, path, 'repeatedOn', false)?.forEach((d, i) => this.date(d, `${path}.repeatedOn[${i}]`));
  }
}
