/** `fact-context:name-keys` for tests: the keys of the compiled tables' forms, as the build computes them (see build/plugins.ts). */
import { compileTables } from '../../../src/match';
import { nameKeys } from '../../../src/match/name-keys';

export default nameKeys(Object.keys(compileTables().forms));
