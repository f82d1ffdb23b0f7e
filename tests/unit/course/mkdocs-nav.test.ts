import { describe, expect, it } from 'vitest';
import { defaultNav, normalizeNav, planFromNav } from '../../../src/course/mkdocs-nav';

const files = [
  'index.md',
  'sobre.md',
  'fora.md',
  'basico/index.md',
  'basico/01-primeira.md',
  'basico/segunda.md',
  'avancado/a.md',
  'avancado/b.md',
];

describe('normalizeNav', () => {
  it('reads titled pages, bare pages, sections and external links', () => {
    expect(
      normalizeNav([
        { Início: 'index.md' },
        'sobre.md',
        { Básico: ['basico/index.md'] },
        { Site: 'https://x.org/' },
      ]),
    ).toEqual([
      { kind: 'page', title: 'Início', file: 'index.md' },
      { kind: 'page', title: undefined, file: 'sobre.md' },
      {
        kind: 'section',
        title: 'Básico',
        children: [{ kind: 'page', title: undefined, file: 'basico/index.md' }],
      },
      { kind: 'link', title: 'Site', url: 'https://x.org/' },
    ]);
  });
});

describe('defaultNav', () => {
  it('lists root files first, index first, then folders as sections, as MkDocs does', () => {
    const nav = defaultNav(['b/x.md', 'z.md', 'a_b/index.md', 'README.md', 'a_b/c.md', 'a.md']);
    expect(nav).toEqual([
      { kind: 'page', title: undefined, file: 'README.md' },
      { kind: 'page', title: undefined, file: 'a.md' },
      { kind: 'page', title: undefined, file: 'z.md' },
      {
        kind: 'section',
        title: 'A b',
        children: [
          { kind: 'page', title: undefined, file: 'a_b/index.md' },
          { kind: 'page', title: undefined, file: 'a_b/c.md' },
        ],
      },
      {
        kind: 'section',
        title: 'B',
        children: [{ kind: 'page', title: undefined, file: 'b/x.md' }],
      },
    ]);
  });
});

describe('planFromNav', () => {
  const nav = normalizeNav([
    { Início: 'index.md' },
    { 'Sobre o curso': 'sobre.md' },
    { Básico: ['basico/index.md', { Primeira: 'basico/01-primeira.md' }, 'basico/segunda.md'] },
    { Avançado: [{ 'Parte A': ['avancado/a.md'] }, { 'Parte B': ['avancado/b.md'] }] },
    { Sumiu: 'nao-existe.md' },
  ]);
  const plan = planFromNav(nav, files, 'Curso de Teste');

  it('makes a section a module, with its index.md as the module page', () => {
    expect(plan.modules[1]).toEqual({
      key: 'basico',
      slug: 'basico',
      title: 'Básico',
      index: 'basico/index.md',
      lessons: ['basico/01-primeira.md', 'basico/segunda.md'],
    });
  });

  it('makes each section of a shelf of sections a module', () => {
    expect(plan.modules.slice(2).map((mod) => [mod.title, mod.slug, mod.lessons])).toEqual([
      ['Parte A', 'parte-a', ['avancado/a.md']],
      ['Parte B', 'parte-b', ['avancado/b.md']],
    ]);
  });

  it('gathers top-level pages into a first module named after the course, home page aside', () => {
    expect(plan.modules[0]).toMatchObject({
      title: 'Curso de Teste',
      slug: 'curso-de-teste',
      lessons: ['sobre.md'],
    });
  });

  it('keeps nav titles and reports entries with no page', () => {
    expect(plan.titles.get('basico/01-primeira.md')).toBe('Primeira');
    expect(plan.missing).toEqual(['nao-existe.md']);
  });

  it('names a generated module page after the folder its section has to itself', () => {
    const folders = ['index.md', 'exercicios_resolvidos/a.md', 'exercicios_resolvidos/b.md'];
    const [mod] = planFromNav(defaultNav(folders), folders, 'Curso').modules;
    expect(mod).toMatchObject({ title: 'Exercicios resolvidos', slug: 'exercicios_resolvidos' });
  });
});
