import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, filesUnder } from '../support/astro-build';

const work = mkdtempSync(path.join(tmpdir(), 'course-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A copy of the e2e course to edit; its dates are the files' (it is outside git), kept by the copy.
const course = path.join(work, 'course');
cpSync('tests/fixtures/e2e-course', course, { recursive: true, preserveTimestamps: true });
const lesson = path.join(course, '01-fundamentos/02-namespaces.md');

/** Builds the course into `out` with Astro's cache in `cache`; returns what the build printed. */
function build(out: string, cache: string, env: Record<string, string> = {}): string {
  const { status, output } = astroBuild({
    CONTENT_DIR: course,
    OUT_DIR: path.join(work, out),
    ASTRO_CACHE_DIR: path.join(work, cache),
    // Incremental builds are off in CI (astro.config.mjs): on here, wherever the test runs.
    CI: '',
    ...env,
  });
  expect(status, output).toBe(0);
  return output;
}

/** Every file of a build: path → bytes. */
function files(out: string): Map<string, Buffer> {
  const dir = path.join(work, out);
  return new Map(filesUnder(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
}

/** The files that differ between two builds (present in one only, or with other bytes). */
function differences(a: string, b: string): string[] {
  const [left, right] = [files(a), files(b)];
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0)));
}

const copiedPages = (output: string) => (output.match(/\((?:restored|cached)\)/g) ?? []).length;

describe('an incremental build after editing a lesson', () => {
  it('copies the unchanged pages and writes the site a full build writes, byte for byte', () => {
    const first = build('site', 'cache');
    expect(copiedPages(first)).toBe(0);
    const lessonPages = files('site').size;

    // The text of one lesson: only its page is rendered again.
    writeFileSync(lesson, `${readFileSync(lesson, 'utf8')}\nUm parágrafo novo no fim da aula.\n`);
    const edited = build('site', 'cache');
    expect(edited).toMatch(/page\(s\) were copied from the previous build/);
    expect(copiedPages(edited)).toBeGreaterThanOrEqual(5);
    expect(edited).toMatch(/fundamentos\/namespaces\/index\.html(?! \((?:restored|cached)\))/);
    expect(
      readFileSync(path.join(work, 'site/fundamentos/namespaces/index.html'), 'utf8'),
    ).toContain('Um parágrafo novo no fim da aula.');
    build('full', 'cache-full');
    expect(differences('site', 'full')).toEqual([]);
    expect(files('site').size).toBe(lessonPages);

    // A title shows on every page (sidebar, neighbours): every page is rendered again.
    writeFileSync(
      lesson,
      readFileSync(lesson, 'utf8').replace('title: Namespaces', 'title: Namespaces do Linux'),
    );
    const renamed = build('site', 'cache');
    expect(copiedPages(renamed)).toBe(0);
    rmSync(path.join(work, 'full'), { recursive: true });
    build('full', 'cache-renamed');
    expect(differences('site', 'full')).toEqual([]);
    expect(readFileSync(path.join(work, 'site/index.html'), 'utf8')).toContain(
      'Namespaces do Linux',
    );
  }, 300_000);

  it('forgets the order of the pages after a build that made no search index', () => {
    const order = path.join(work, 'cache-order/search-order.json');
    build('site-order', 'cache-order');
    expect(JSON.parse(readFileSync(order, 'utf8'))).toContain('fundamentos/namespaces/index.html');
    build('site-order', 'cache-order', { COURSE_SEARCH: 'off' });
    expect(existsSync(order)).toBe(false);
  }, 120_000);
});
