import { describe, expect, it } from 'vitest';
import { buildOutline, type LessonSource } from '../../../src/course/outline';
import { lessonSchema } from '../../../src/course/schema';

const source = (id: string, taskIds: string[] = []): LessonSource => ({
  id,
  data: lessonSchema.parse({ title: `Página ${id}` }),
  tasks: taskIds.map((task) => ({ id: task, text: task, checked: false })),
});

// content/guia-do-autor.md shows live checklists: they must never count towards a learner's course.
describe('a page at the top of content/ (the author guide)', () => {
  const outline = buildOutline(
    [
      source('index.md'),
      source('guia-do-autor.md', ['ler-a-aula', 'laboratorio/criar-o-namespace']),
      source('01-fundamentos/01-aula.md', ['exercicio']),
    ],
    [],
    { contentDir: 'content', includeDrafts: false },
  );

  it('is a loose page with its own URL, outside every module', () => {
    const page = outline.pages.find((p) => p.id === 'guia-do-autor.md');
    expect(page).toMatchObject({ kind: 'page', slug: 'guia-do-autor', moduleKey: undefined });
    expect(outline.modules.flatMap((m) => m.lessons).map((l) => l.id)).toEqual([
      '01-fundamentos/01-aula.md',
    ]);
  });

  it('adds none of its tasks to the course progress', () => {
    expect(outline.progressTotal).toBe(1);
    expect(outline.lessons.map((l) => l.id)).not.toContain('guia-do-autor.md');
  });
});
