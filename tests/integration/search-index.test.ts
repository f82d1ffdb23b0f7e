import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { searchablePart } from '../../src/integrations/searchable-part';
import { astroBuild, filesUnder } from '../support/astro-build';

const work = mkdtempSync(path.join(tmpdir(), 'course-search-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(work, { recursive: true, force: true });
});

/** Indexes `pages` (path → HTML) with Pagefind into `outDir`. */
async function indexPages(pages: [string, string][], outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  expect(errors).toEqual([]);
  for (const [sourcePath, content] of pages) {
    expect((await index!.addHTMLFile({ sourcePath, content })).errors).toEqual([]);
  }
  expect((await index!.writeFiles({ outputPath: outDir })).errors).toEqual([]);
}

describe('the part of each page sent to the search index', () => {
  it('gives Pagefind the same index, byte for byte, as the whole built pages', async () => {
    const site = path.join(work, 'dist');
    const { status, output } = astroBuild({
      CONTENT_DIR: 'tests/fixtures/e2e-course',
      OUT_DIR: site,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      COURSE_SEARCH: 'off',
    });
    expect(status, output).toBe(0);
    const pages = filesUnder(site)
      .filter((file) => file.endsWith('.html'))
      .map((file): [string, string] => [file, readFileSync(path.join(site, file), 'utf8')]);
    const parts = pages.map(([file, html]): [string, string] => [file, searchablePart(html)]);
    // Lessons lose their header, sidebar and footer; pages without lesson text are sent whole.
    const marked = pages.filter(([, html]) => html.includes(' data-pagefind-body'));
    const cut = parts.filter(([, part], n) => part.length < pages[n]![1].length);
    expect(marked.length).toBeGreaterThanOrEqual(4);
    expect(cut.length).toBe(marked.length);
    for (const [, part] of cut) expect(part).not.toContain('class="sidebar"');

    const whole = path.join(work, 'index-whole');
    const fromParts = path.join(work, 'index-parts');
    await indexPages(pages, whole);
    await indexPages(parts, fromParts);
    const names = filesUnder(whole);
    expect(names.some((name) => name.startsWith('fragment/'))).toBe(true);
    expect(filesUnder(fromParts)).toEqual(names);
    const differing = names.filter(
      (name) =>
        !readFileSync(path.join(whole, name)).equals(readFileSync(path.join(fromParts, name))),
    );
    expect(differing).toEqual([]);
  }, 240_000);
});
