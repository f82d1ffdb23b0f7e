import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { setSnippetOptions } from '../../../src/markdown/remark-snippets';
import { testFixtures } from '../../support/fixtures';
import { renderMarkdown, renderWarnings } from '../../support/render-markdown';

const cases = 'tests/fixtures/markdown/snippets';
const lessonIn = (folder: string) => pathToFileURL(path.resolve(cases, folder, 'input.md'));

describe('remarkSnippets', () => {
  testFixtures('snippets', { lessonInCase: true });

  afterEach(() => {
    setSnippetOptions({});
  });

  it('warns at the lesson line of each snippet that cannot be included', async () => {
    const warnings = await renderWarnings(
      'Texto.\n\n--8<-- "nao-existe.md"\n\n--8<-- "https://example.com/a.md"\n',
      lessonIn('problems-left-as-text'),
    );
    expect(warnings).toEqual([
      `${cases}/problems-left-as-text/input.md:3:1: Snippet "nao-existe.md" not found in ., content, ${cases}/problems-left-as-text. Fix the path or add the file. [snippets]`,
      `${cases}/problems-left-as-text/input.md:5:1: Snippet "https://example.com/a.md" is a URL: remote snippets are never fetched. Copy the file into the project and include it by its path. [snippets]`,
    ]);
  });

  it('keeps later warnings at their own lesson line after a snippet of several lines', async () => {
    const warnings = await renderWarnings(
      '--8<-- "parte.md"\n\n[Clique](/x/){: onclick="alert(1)" }\n',
      lessonIn('markdown-file-rendered-in-place'),
    );
    expect(warnings).toEqual([
      `${cases}/markdown-file-rendered-in-place/input.md:3:14: Attribute "onclick" was dropped: only id, class, title, target, rel, loading, width, height, align, data-* and aria-* are allowed, and never javascript: values. [attribute-lists]`,
    ]);
  });

  it('points a warning about included text at the --8<-- line and names the snippet line', async () => {
    const warnings = await renderWarnings(
      'Texto.\n\n--8<-- "atributo.md"\n',
      lessonIn('problems-left-as-text'),
    );
    expect(warnings).toEqual([
      `${cases}/problems-left-as-text/input.md:3:1: In snippet ${cases}/problems-left-as-text/atributo.md:3: Attribute "onclick" was dropped: only id, class, title, target, rel, loading, width, height, align, data-* and aria-* are allowed, and never javascript: values. [attribute-lists]`,
    ]);
  });

  it('appends the autoAppend files to every page', async () => {
    setSnippetOptions({ autoAppend: [`${cases}/block-form-with-comment/a.md`] });
    expect(await renderMarkdown('Texto.\n')).toBe('<p>Texto.</p>\n<p>Primeiro arquivo.</p>');
  });

  it('appends the autoAppend files once, not inside every admonition, tab or HTML block too', async () => {
    setSnippetOptions({ autoAppend: [`${cases}/block-form-with-comment/a.md`] });
    const html = await renderMarkdown(
      '!!! note\n    Corpo.\n\n=== "A"\n    Aba.\n\n<div markdown>\n*Dentro*\n</div>\n',
    );
    expect(html.match(/Primeiro arquivo/g)).toHaveLength(1);
  });

  it('reads a snippet line of the page once: an escaped one stays text inside an admonition', async () => {
    const html = await renderMarkdown('!!! note\n    ;--8<-- "nao-existe.md"\n');
    expect(html).toContain('--8&#x3C;-- "nao-existe.md"');
  });

  it('resolves paths against the configured base paths', async () => {
    setSnippetOptions({ basePaths: [`${cases}/nested-snippets`], lessonFolder: false });
    expect(await renderMarkdown('--8<-- "interno.md"\n')).toBe(
      '<p>Interno com <code>código</code>.</p>',
    );
  });

  it('includes files of a project that is reached through a symbolic link', async () => {
    const real = mkdtempSync(path.join(tmpdir(), 'snippets-real-'));
    const linked = `${real}-link`;
    try {
      mkdirSync(path.join(real, 'docs'));
      writeFileSync(path.join(real, 'trecho.md'), 'Texto do trecho.\n');
      symlinkSync(real, linked);
      setSnippetOptions({ root: linked, basePaths: [linked], lessonFolder: false });
      const lesson = pathToFileURL(path.join(linked, 'docs', 'aula.md'));
      const markdown = '--8<-- "trecho.md"\n';
      expect(await renderWarnings(markdown, lesson)).toEqual([]);
      expect(await renderMarkdown(markdown, lesson)).toBe('<p>Texto do trecho.</p>');
    } finally {
      rmSync(linked, { force: true });
      rmSync(real, { recursive: true, force: true });
    }
  });

  it('stops nesting at maxDepth with a warning', async () => {
    setSnippetOptions({ maxDepth: 1 });
    // A text that is not the fixture's own, so its lines are not mapped onto the file on disk.
    const markdown = 'Outra aula.\n\n--8<-- "externo.md"\n';
    const warnings = await renderWarnings(markdown, lessonIn('nested-snippets'));
    expect(warnings).toEqual([
      `${cases}/nested-snippets/input.md:3:1: In snippet ${cases}/nested-snippets/externo.md:3: Snippet "interno.md" is nested deeper than the limit of 1. Include it from a shallower file. [snippets]`,
    ]);
  });
});
