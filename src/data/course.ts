import { getCollection, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { contentDir } from '../course/config';
import { createLastUpdated } from '../course/last-updated';
import { buildOutline, type CoursePage, type Outline } from '../course/outline';
import type { TaskInfo } from '../course/progress-ids';

export interface Course {
  outline: Outline;
  entries: Map<string, CollectionEntry<'lessons'>>;
  lastUpdated: (page: CoursePage) => Date;
}

let course: Promise<Course> | undefined;

/** Loads the collections once per build and assembles the course outline. */
export function getCourse(): Promise<Course> {
  course ??= loadCourse();
  return course;
}

async function loadCourse(): Promise<Course> {
  const [lessons, modules] = await Promise.all([
    getCollection('lessons'),
    getCollection('modules'),
  ]);
  const sources = lessons.map((entry) => ({ ...entry, tasks: tasksOf(entry) }));
  const outline = buildOutline(sources, modules, {
    contentDir,
    includeDrafts: import.meta.env.DEV,
  });
  const fromGit = createLastUpdated(contentDir);
  return {
    outline,
    entries: new Map(lessons.map((entry) => [entry.id, entry])),
    lastUpdated: (page) => page.data.updated ?? fromGit(path.join(contentDir, page.id)),
  };
}

/** The checklist items rehype-task-progress found when the content layer rendered the lesson. */
function tasksOf(entry: CollectionEntry<'lessons'>): TaskInfo[] {
  const frontmatter = entry.rendered?.metadata?.frontmatter as { tasks?: unknown } | undefined;
  const tasks = frontmatter?.tasks;
  return Array.isArray(tasks) ? (tasks as TaskInfo[]) : [];
}
