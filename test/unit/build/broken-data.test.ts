/** The build refuses broken article data, naming each problem's entry and field, and loses nothing. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function checkData(mutate: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'fc-data-'));
  dirs.push(dir);
  cpSync(join(root, 'assets/article'), dir, { recursive: true });
  mutate(dir);
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'build/build.ts'), '--check-data', '--data-dir', dir],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

function edit(dir: string, file: string, change: (data: any) => void) {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  change(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

describe('the build with a broken copy of the data', { timeout: 30_000 }, () => {
  it('passes with the real data', () => {
    const { status, output } = checkData(() => {});
    expect(output).toContain('article data valid');
    expect(status).toBe(0);
  });

  it('fails, naming every broken entry and field', () => {
    const { status, output } = checkData((dir) => {
      edit(dir, 'quotes.json', (quotes) => (quotes[0].text = quotes[0].text.replace('legitimate', 'legit')));
      edit(dir, 'events.json', (events) => {
        events[0].participantIds.push('nobody-at-all');
        events[1].date = { value: 'Feb 2022', precision: 'month' };
      });
    });
    expect(status).toBe(1);
    expect(output).toMatch(/quotes\[q-putin-legitimate-targets\]\.text: not found verbatim/);
    expect(output).toMatch(/participantIds\[\d+\]: unknown actor "nobody-at-all"/);
    expect(output).toMatch(/\.date\.value: "Feb 2022" is not ISO 8601/);
    expect(output).toMatch(/3 problem/);
  });

  it('reports a file that is not JSON by name', () => {
    const { status, output } = checkData((dir) => writeFileSync(join(dir, 'actors.json'), '{ not json'));
    expect(status).toBe(1);
    expect(output).toMatch(/actors\.json: not valid JSON/);
  });
});
