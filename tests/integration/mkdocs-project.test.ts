import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build';
import { checkLinks, formatBrokenLinks } from '../support/link-checker';

/** Builds tests/fixtures/mkdocs/curso as an MkDocs project, once for every test below. */
const outDir = mkdtempSync(path.join(tmpdir(), 'mkdocs-build-'));
const cacheDir = mkdtempSync(path.join(tmpdir(), 'mkdocs-cache-'));
let output = '';
let status: number | null = null;

beforeAll(() => {
  ({ status, output } = astroBuild({
    MKDOCS_CONFIG: 'tests/fixtures/mkdocs/curso/mkdocs.yml',
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    COURSE_SEARCH: 'off',
  }));
}, 300_000);

afterAll(() => {
  for (const dir of [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
});

const page = (url: string) => readFileSync(path.join(outDir, url, 'index.html'), 'utf8');

describe('MKDOCS_CONFIG builds an MkDocs project as the course', () => {
  it('builds, and says once which plugins it ignores', () => {
    expect(status, output).toBe(0);
    expect(output).toContain(
      'MkDocs plugins not supported here, ignored: minify, git-revision-date-localized',
    );
    expect(output.match(/plugins not supported here/g)).toHaveLength(1);
  });

  it('keeps MkDocs URLs and builds pages outside the nav, not the excluded ones', () => {
    for (const url of [
      'basico',
      'basico/01-primeira',
      'basico/segunda',
      'avancado/a',
      'fora-do-nav',
    ]) {
      expect(existsSync(path.join(outDir, url, 'index.html')), url).toBe(true);
    }
    for (const url of ['templates/cabecalho', 'rascunhos/r', '.oculto/x']) {
      expect(existsSync(path.join(outDir, url, 'index.html')), url).toBe(false);
    }
  });

  it('takes the course title, language and sidebar from mkdocs.yml', () => {
    const html = page('basico/segunda');
    expect(html).toContain('<html lang="pt-BR"');
    expect(html).toContain('Segunda aula · Curso de Teste</title>');
    const sidebar = html.slice(html.indexOf('class="sidebar"'));
    const modules = [
      ...sidebar.matchAll(/class="sidebar-module"[^>]*>\s*<a href="([^"]+)"[^>]*>([^<]+)/g),
    ];
    expect(modules.map((m) => [m[1], m[2]!.trim()])).toEqual([
      ['/curso-de-teste/', 'Curso de Teste'],
      ['/basico/', 'Básico'],
      ['/parte-a/', 'Parte A'],
      ['/parte-b/', 'Parte B'],
    ]);
    expect(html).toContain(
      'href="https://github.com/exemplo/curso/edit/main/docs/basico/segunda.md"',
    );
  });

  it('renders mkdocs-macros pages with extra variables and includes', () => {
    const html = page('basico/01-primeira');
    expect(html).toContain('<strong>Aula 01</strong> com Python 3.13.');
    expect(html).toContain('Um exemplo com {{ chaves }} que fica como está.');
    expect(output).toContain(
      'tests/fixtures/mkdocs/curso/docs/basico/01-primeira.md:17:9: Jinja variable in "{{ secrets.TOKEN }}" is not defined',
    );
  });

  it('reports nav entries with no page and leaves no broken link', () => {
    expect(output).toContain(
      'tests/fixtures/mkdocs/curso/mkdocs.yml: nav names "nao-existe.md", which is not a page of tests/fixtures/mkdocs/curso/docs/ (missing or excluded), so it is left out.',
    );
    expect(formatBrokenLinks(checkLinks(outDir, '/'))).toBe('');
  });
});
