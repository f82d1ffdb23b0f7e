import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build';

/**
 * Builds the course from tests/fixtures/content/<name> and returns the exit code and output.
 * Lessons are rendered in `processes` child processes (render-pool.ts; 0: in the build's own),
 * from an empty content cache unless `cacheDir` holds one from an earlier build.
 */
function build(
  fixture: string,
  { processes = 2, cacheDir = '' } = {},
): { status: number | null; output: string } {
  const outDir = mkdtempSync(path.join(tmpdir(), 'course-build-'));
  const cache = cacheDir || mkdtempSync(path.join(tmpdir(), 'course-cache-'));
  try {
    return astroBuild({
      CONTENT_DIR: `tests/fixtures/content/${fixture}`,
      OUT_DIR: outDir,
      COURSE_RENDER_PROCESSES: String(processes),
      COURSE_RENDER_HERE_FIRST: '0',
      ASTRO_CACHE_DIR: cache,
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    if (!cacheDir) rmSync(cache, { recursive: true, force: true });
  }
}

describe('a build with bad input stops with one clear message', () => {
  it('names the lesson, the line and the path of a missing image, on every build', () => {
    const message =
      'tests/fixtures/content/missing-image/01-modulo/01-aula.md:5:1: Image "img/nao-existe.png" not found: no file at tests/fixtures/content/missing-image/01-modulo/img/nao-existe.png.';
    // The second build finds the lesson unchanged in Astro's content cache: it must fail again.
    // It renders in the build's own process, the first in a render process: both must say it.
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'course-cache-'));
    try {
      for (const [attempt, processes] of [
        [1, 2],
        [2, 0],
      ]) {
        const { status, output } = build('missing-image', { processes, cacheDir });
        expect(status, `build ${attempt}`).not.toBe(0);
        expect(output).toContain('1 lesson problem(s) stop the build');
        expect(output).toContain(message);
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('names the lesson and the fields of invalid frontmatter', () => {
    const { status, output } = build('invalid-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('01-modulo/02-quebrada.md data does not match collection schema');
    expect(output).toContain('title: title must be text, for example: title: "Namespaces"');
    expect(output).toContain('order: order must be a whole number, for example: order: 3');
  });

  it('names both files when two lessons would share a URL', () => {
    const { status, output } = build('slug-collision');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content/slug-collision/01-modulo/intro.md: its URL /modulo/intro/ is already taken by tests/fixtures/content/slug-collision/01-modulo/01-intro.md',
    );
  });

  it('names a module folder that has no lessons', () => {
    const { status, output } = build('empty-module');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content/empty-module/02-vazio/_module.yml: module "Módulo vazio" has no lessons.',
    );
  });
});

describe('a build with a questionable lesson warns and goes on', () => {
  it.each([2, 0])(
    'points at the broken line of a Mermaid diagram (%i render processes)',
    (processes) => {
      const { status, output } = build('broken-diagram', { processes });
      expect(status).toBe(0);
      expect(output).toMatch(
        /tests\/fixtures\/content\/broken-diagram\/01-modulo\/01-aula\.md:8:1: Mermaid diagram does not parse: Parse error: .*got 'MINUS'.* \[mermaid\]/,
      );
      expect(output).not.toContain('Mermaid diagrams are not checked');
    },
  );
});
