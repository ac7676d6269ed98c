/** `fact-context:compiled-matcher` for tests: the tables compiled once, as the build compiles them (see build/plugins.ts). */
import { compileTables } from '../../../src/match';

const tables = JSON.parse(JSON.stringify(compileTables()));
export const candidates = tables.candidates;
export function load(): unknown {
  return tables;
}
