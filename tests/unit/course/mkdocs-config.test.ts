import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMkDocsYaml, readMkDocsProject } from '../../../src/course/mkdocs-config';
import { excludeGlobs, isExcluded } from '../../../src/course/mkdocs-exclude';

const fixture = path.resolve('tests/fixtures/mkdocs/curso');

describe('readMkDocsProject', () => {
  const project = readMkDocsProject(path.join(fixture, 'mkdocs.yml'));

  it('reads the course name, language, extra and docs folder', () => {
    expect(project.siteName).toBe('Curso de Teste');
    expect(project.language).toBe('pt-BR');
    expect(project.extra).toEqual({ versao_python: '3.13' });
    expect(project.docsDir).toBe(path.join(fixture, 'docs'));
  });

  it('keeps Python tags as text instead of failing', () => {
    const emoji = project.markdownExtensions.get('pymdownx.emoji');
    expect(emoji?.emoji_index).toBe('!!python/name:material.extensions.emoji.twemoji');
    expect(project.markdownExtensions.get('pymdownx.tabbed')?.slugify).toEqual({
      kwds: { case: 'lower' },
    });
  });

  it('gives the snippets options as absolute paths for the snippets plugin', () => {
    expect(project.snippets).toMatchObject({
      basePath: [path.join(fixture, 'docs'), fixture],
      autoAppend: ['includes/abbr.md'],
      checkPaths: false,
    });
  });

  it('adds exclude_docs to the exclusions MkDocs always makes', () => {
    expect(project.exclude).toEqual(['.*', '/templates/', 'rascunhos/']);
    expect(excludeGlobs(project)).toEqual([
      '!**/.*',
      '!**/.*/**',
      '!templates/**',
      '!**/rascunhos/**',
    ]);
  });

  it('knows the macros plugin is on and where includes come from', () => {
    expect(project.macros).toMatchObject({ includeDir: path.join(fixture, 'docs') });
    expect([...project.plugins.keys()]).toEqual([
      'search',
      'macros',
      'minify',
      'git-revision-date-localized',
    ]);
  });
});

describe('parseMkDocsYaml', () => {
  it('merges an extension listed twice, the later options winning', () => {
    const raw = parseMkDocsYaml(
      'markdown_extensions:\n  - pymdownx.snippets\n  - pymdownx.snippets:\n      base_path: docs\n',
    );
    expect(raw.markdown_extensions).toEqual([
      'pymdownx.snippets',
      { 'pymdownx.snippets': { base_path: 'docs' } },
    ]);
  });

  it('resolves !ENV with its default', () => {
    process.env.COURSE_TEST_SITE = 'Do ambiente';
    const raw = parseMkDocsYaml(
      'site_name: !ENV [COURSE_TEST_SITE, Padrão]\nsite_url: !ENV [COURSE_TEST_NONE, "https://x.org/"]\n',
    );
    expect(raw).toMatchObject({ site_name: 'Do ambiente', site_url: 'https://x.org/' });
  });

  it('names the file when the YAML is broken', () => {
    expect(() => parseMkDocsYaml('nav: [a\n', 'x/mkdocs.yml')).toThrow(/^x\/mkdocs\.yml: /);
  });
});

describe('isExcluded', () => {
  const patterns = ['.*', '/templates/', 'rascunhos/', '*.tmp', '/wip.md'];

  it('follows gitignore rules as MkDocs does', () => {
    expect(isExcluded('templates/cabecalho.md', patterns)).toBe(true);
    expect(isExcluded('aulas/templates/x.md', patterns)).toBe(false);
    expect(isExcluded('a/rascunhos/b.md', patterns)).toBe(true);
    expect(isExcluded('.oculto/x.md', patterns)).toBe(true);
    expect(isExcluded('a/b.tmp', patterns)).toBe(true);
    expect(isExcluded('wip.md', patterns)).toBe(true);
    expect(isExcluded('a/wip.md', patterns)).toBe(false);
    expect(isExcluded('basico/aula.md', patterns)).toBe(false);
  });
});
