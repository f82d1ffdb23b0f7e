import { describe, expect, it } from 'vitest';
import {
  buildOutline,
  CourseError,
  getNeighbours,
  type LessonSource,
  type ModuleSource,
} from '../../../src/course/outline';
import { lessonSchema } from '../../../src/course/schema';

const lesson = (id: string, data: Record<string, unknown> = {}, body = ''): LessonSource => ({
  id,
  data: lessonSchema.parse({ title: data.title ?? `Aula ${id}`, ...data }),
  body,
});
const untitled = (id: string, body: string): LessonSource => ({
  id,
  data: lessonSchema.parse({}),
  body,
});
const moduleMeta = (folder: string, title: string, order?: number): ModuleSource => ({
  id: `${folder}/_module.yml`,
  data: { title, order, description: undefined },
});
const options = { contentDir: 'content', includeDrafts: false };

describe('buildOutline', () => {
  it('orders modules and lessons by their numeric prefixes and strips them from URLs', () => {
    const outline = buildOutline(
      [
        lesson('02-docker/01-imagens.md'),
        lesson('01-fundamentos/10-cgroups.md'),
        lesson('01-fundamentos/2-namespaces.md'),
      ],
      [],
      options,
    );
    expect(outline.modules.map((m) => m.slug)).toEqual(['fundamentos', 'docker']);
    expect(outline.lessons.map((l) => l.slug)).toEqual([
      'fundamentos/namespaces',
      'fundamentos/cgroups',
      'docker/imagens',
    ]);
  });

  it('lets frontmatter order and _module.yml order win over prefixes', () => {
    const outline = buildOutline(
      [
        lesson('a/primeira.md', { order: 2 }),
        lesson('a/segunda.md', { order: 1 }),
        lesson('b/x.md'),
      ],
      [moduleMeta('b', 'Módulo B', 1), moduleMeta('a', 'Módulo A', 2)],
      options,
    );
    expect(outline.modules.map((m) => m.title)).toEqual(['Módulo B', 'Módulo A']);
    expect(outline.modules[1]!.lessons.map((l) => l.slug)).toEqual(['a/segunda', 'a/primeira']);
  });

  it('titles a folder without _module.yml from its name', () => {
    const outline = buildOutline([lesson('03-kubernetes_gerenciado/01-gke.md')], [], options);
    expect(outline.modules[0]!.title).toBe('Kubernetes gerenciado');
  });

  it('takes the title from the first # heading when the frontmatter has none', () => {
    const body = '```md\n# not this one\n```\n\n# Por que `orquestrar`? {#inicio}\n\nTexto';
    const outline = buildOutline([untitled('m/aula.md', body)], [], options);
    expect(outline.lessons[0]).toMatchObject({ title: 'Por que orquestrar?', hasOwnHeading: true });
  });

  it('reports a page with neither a title nor a heading', () => {
    expect(() => buildOutline([untitled('m/aula.md', 'Só texto.')], [], options)).toThrow(
      'content/m/aula.md: the page has no title. Add "title: ..." to its frontmatter or start it with a "# Title" line.',
    );
  });

  it('maps index.md and README.md to their folder, MkDocs style', () => {
    const outline = buildOutline(
      [
        lesson('index.md'),
        lesson('01-docker/README.md'),
        lesson('01-docker/01-a.md'),
        lesson('extra/page.md'),
      ],
      [],
      options,
    );
    expect(outline.home?.id).toBe('index.md');
    expect(outline.modules[0]!.index?.slug).toBe('docker');
    expect(outline.pages.map((p) => [p.kind, p.slug])).toContainEqual(['lesson', 'extra/page']);
  });

  it('leaves drafts out of production builds and keeps them in development', () => {
    const sources = [lesson('m/01-a.md'), lesson('m/02-b.md', { draft: true })];
    expect(buildOutline(sources, [], options).lessons).toHaveLength(1);
    expect(buildOutline(sources, [], { ...options, includeDrafts: true }).lessons).toHaveLength(2);
  });

  it('hides a module whose lessons are all drafts instead of failing', () => {
    const outline = buildOutline(
      [lesson('a/01-x.md'), lesson('b/01-y.md', { draft: true })],
      [moduleMeta('b', 'Rascunho')],
      options,
    );
    expect(outline.modules.map((m) => m.key)).toEqual(['a']);
  });

  it('fails when two files would be published at the same URL, naming both', () => {
    const run = () => buildOutline([lesson('m/01-intro.md'), lesson('m/intro.md')], [], options);
    expect(run).toThrow(CourseError);
    expect(run).toThrow(
      'content/m/intro.md: its URL /m/intro/ is already taken by content/m/01-intro.md. Rename one of them',
    );
  });

  it('fails when a module folder has metadata but no lessons', () => {
    const run = () => buildOutline([lesson('a/01-x.md')], [moduleMeta('b', 'Vazio')], options);
    expect(run).toThrow(
      'content/b/_module.yml: module "Vazio" has no lessons. Add a lesson (.md) to content/b/ or delete the folder.',
    );
  });

  it('fails when two lessons of a module share a number', () => {
    const run = () => buildOutline([lesson('a/01-x.md'), lesson('a/01-y.md')], [], options);
    expect(run).toThrow('content/a/01-y.md: has the same number (1) as content/a/01-x.md');
  });

  it('lists every problem at once', () => {
    const run = () =>
      buildOutline(
        [untitled('a/x.md', ''), lesson('a/01-y.md')],
        [moduleMeta('b', 'Vazio')],
        options,
      );
    expect(run).toThrow('The course has 2 problem(s)');
  });
});

describe('getNeighbours', () => {
  it('links lessons across module boundaries and stops at the ends', () => {
    const outline = buildOutline(
      [lesson('01-a/01-x.md'), lesson('01-a/02-y.md'), lesson('02-b/01-z.md')],
      [],
      options,
    );
    expect(getNeighbours(outline, '01-a/02-y.md').next?.slug).toBe('b/z');
    expect(getNeighbours(outline, '02-b/01-z.md').previous?.slug).toBe('a/y');
    expect(getNeighbours(outline, '01-a/01-x.md').previous).toBeUndefined();
    expect(getNeighbours(outline, '02-b/01-z.md').next).toBeUndefined();
  });
});

describe('buildOutline with an MkDocs nav', () => {
  const plan = {
    modules: [
      {
        key: 'basico',
        slug: 'basico',
        title: 'Básico',
        index: 'basico/index.md',
        lessons: ['basico/02-b.md', 'basico/01-a.md'],
      },
    ],
    titles: new Map([['basico/02-b.md', 'Título do nav']]),
  };

  it('takes modules, order and titles from the nav and keeps MkDocs URLs', () => {
    const outline = buildOutline(
      [
        lesson('basico/01-a.md'),
        lesson('basico/02-b.md'),
        lesson('basico/index.md'),
        untitled('fora_do_nav.md', 'Sem título.'),
        lesson('index.md'),
      ],
      [],
      { ...options, plan },
    );
    expect(outline.modules.map((m) => [m.title, m.index?.id])).toEqual([
      ['Básico', 'basico/index.md'],
    ]);
    expect(outline.lessons.map((l) => [l.slug, l.title])).toEqual([
      ['basico/02-b', 'Título do nav'],
      ['basico/01-a', 'Aula basico/01-a.md'],
    ]);
    expect(outline.home?.id).toBe('index.md');
    // Outside the nav, still built; a page with no title gets MkDocs' title from its file name.
    expect(outline.pages.find((p) => p.id === 'fora_do_nav.md')).toMatchObject({
      kind: 'page',
      slug: 'fora_do_nav',
      title: 'Fora do nav',
    });
  });
});
