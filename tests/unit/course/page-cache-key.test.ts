import { describe, expect, it } from 'vitest';
import type { CourseConfig } from '../../../src/course/config';
import { buildOutline, type LessonSource } from '../../../src/course/outline';
import { lessonCacheKey, moduleCacheKey, outlineKey } from '../../../src/course/page-cache-key';
import { lessonSchema } from '../../../src/course/schema';

const lesson = (id: string, title: string, tasks = 0): LessonSource => ({
  id,
  data: lessonSchema.parse({ title }),
  tasks: Array.from({ length: tasks }, (_, n) => ({
    id: `t${n}`,
    text: `Tarefa ${n}`,
    checked: false,
  })),
});
const config: CourseConfig = {
  title: 'Curso',
  pitch: '',
  language: 'pt-BR',
  editUrlBase: undefined,
  editPathPrefix: 'content/',
};
const course = (lessons: LessonSource[], settings = config) =>
  outlineKey(buildOutline(lessons, [], { contentDir: 'content', includeDrafts: false }), settings);
const base = [lesson('01-a/01-x.md', 'X', 1), lesson('01-a/02-y.md', 'Y')];
const updated = new Date('2026-11-01T10:00:00Z');
const rendered = (html: string) => ({ html, metadata: { headings: [] } });
const keyOf = (outline: string, id: string, html: string, date = updated) =>
  lessonCacheKey(outline, { id, updated: date, rendered: rendered(html) });

describe('page cache keys', () => {
  it('change for a lesson when its text or its date changes, and for no other page', () => {
    const outline = course(base);
    const x = keyOf(outline, '01-a/01-x.md', '<p>x</p>');
    const y = keyOf(outline, '01-a/02-y.md', '<p>y</p>');
    expect(keyOf(outline, '01-a/01-x.md', '<p>x</p>')).toBe(x);
    expect(keyOf(outline, '01-a/01-x.md', '<p>x, editada</p>')).not.toBe(x);
    expect(keyOf(outline, '01-a/01-x.md', '<p>x</p>', new Date('2026-11-02'))).not.toBe(x);
    expect(keyOf(outline, '01-a/02-y.md', '<p>y</p>')).toBe(y);
    expect(moduleCacheKey(outline, '01-a')).toBe(moduleCacheKey(course(base), '01-a'));
  });

  it('change for every page when what all pages show changes', () => {
    const outline = course(base);
    const changed = [
      course([lesson('01-a/01-x.md', 'X renomeada', 1), base[1]!]), // a title in the sidebar
      course([lesson('01-a/01-x.md', 'X', 2), base[1]!]), // a progress total
      course([...base, lesson('01-a/03-z.md', 'Z')]), // a new lesson (and next links)
      course(base, { ...config, editUrlBase: 'https://example.org/edit/main/' }),
    ];
    for (const other of changed) {
      expect(other).not.toBe(outline);
      expect(keyOf(other, '01-a/02-y.md', '<p>y</p>')).not.toBe(
        keyOf(outline, '01-a/02-y.md', '<p>y</p>'),
      );
      expect(moduleCacheKey(other, '01-a')).not.toBe(moduleCacheKey(outline, '01-a'));
    }
  });

  it('differ between pages with the same content', () => {
    const outline = course(base);
    expect(keyOf(outline, '01-a/01-x.md', '<p>z</p>')).not.toBe(
      keyOf(outline, '01-a/02-y.md', '<p>z</p>'),
    );
    expect(moduleCacheKey(outline, '01-a')).not.toBe(moduleCacheKey(outline, '02-b'));
  });
});
