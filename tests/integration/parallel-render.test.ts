import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'course-parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the e2e fixture course from cold caches with `processes` render processes. */
function build(processes: number): { outDir: string; output: string } {
  const outDir = path.join(work, `dist-${processes}`);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      CONTENT_DIR: 'tests/fixtures/e2e-course',
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(work, `cache-${processes}`),
      COURSE_RENDER_PROCESSES: String(processes),
      COURSE_RENDER_HERE_FIRST: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  return { outDir, output };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('rendering lessons in child processes', () => {
  it('builds the same site, byte for byte, as rendering in the main thread', () => {
    const single = build(0);
    const parallel = build(2);
    expect(single.output).not.toMatch(/rendered in \d+ processes/);
    expect(parallel.output).toMatch(/\d+ lesson\(s\) rendered in 2 processes/);
    const names = files(single.outDir);
    expect(names.length).toBeGreaterThan(20);
    expect(files(parallel.outDir)).toEqual(names);
    const differing = names.filter(
      (name) =>
        !readFileSync(path.join(single.outDir, name)).equals(
          readFileSync(path.join(parallel.outDir, name)),
        ),
    );
    expect(differing).toEqual([]);
    // The same warnings, each printed once (the processes hand theirs to the main one).
    const warnings = (output: string) =>
      output
        .split('\n')
        .filter((line) => / \[[\w-]+\]$/.test(line))
        .sort();
    expect(warnings(parallel.output)).toEqual(warnings(single.output));
  }, 240_000);
});
