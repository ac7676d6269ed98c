/**
 * Where the tests, the benchmarks and `npm start` find what is not in the repository's source: the browsers and
 * the corpus of real saved pages. Each can be set from the environment; the defaults are Debian's packages and
 * the corpus beside the repository.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The first of `candidates` that exists, else the first (so that an error names the expected path). */
const firstExisting = (candidates: readonly string[]): string => candidates.find(existsSync) ?? candidates[0]!;

/** Chromium's executable: `CHROMIUM_PATH`, else the first installed of the usual names. */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ??
  firstExisting(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);

/** Firefox's executable: `FIREFOX_PATH`, else Firefox ESR or Firefox where installed. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? firstExisting(['/usr/bin/firefox-esr', '/usr/bin/firefox']);

/**
 * The corpus of real saved pages (test input only: never copied into the repository or bundled): `FC_CORPUS`,
 * else `shared/corpus` beside the repository.
 */
export const CORPUS_DIR = process.env.FC_CORPUS ?? resolve(REPO_ROOT, '../shared/corpus');
