import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, filesUnder } from '../support/astro-build';

const work = mkdtempSync(path.join(tmpdir(), 'course-parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the e2e fixture course from cold caches with `processes` render processes. */
function build(processes: number): { outDir: string; output: string } {
  const outDir = path.join(work, `dist-${processes}`);
  const { status, output } = astroBuild({
    CONTENT_DIR: 'tests/fixtures/e2e-course',
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: path.join(work, `cache-${processes}`),
    COURSE_RENDER_PROCESSES: String(processes),
    COURSE_RENDER_HERE_FIRST: '0',
  });
  expect(status, output).toBe(0);
  return { outDir, output };
}

describe('rendering lessons in child processes', () => {
  it('builds the same site, byte for byte, as rendering in the main thread', () => {
    const single = build(0);
    const parallel = build(2);
    expect(single.output).not.toMatch(/rendered in \d+ processes/);
    expect(parallel.output).toMatch(/\d+ lesson\(s\) rendered in 2 processes/);
    const names = filesUnder(single.outDir);
    expect(names.length).toBeGreaterThan(20);
    expect(filesUnder(parallel.outDir)).toEqual(names);
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
