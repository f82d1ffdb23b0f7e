import { getCollection, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { contentDir, courseConfig } from '../course/config';
import { mkdocsProject } from '../course/mkdocs-config';
import { defaultNav, planFromNav, type OutlinePlan } from '../course/mkdocs-nav';
import { createLastUpdated } from '../course/last-updated';
import { lessonCacheKey, moduleCacheKey, outlineKey } from '../course/page-cache-key';
import { buildOutline, type CoursePage, type Outline } from '../course/outline';
import type { TaskInfo } from '../course/progress-ids';
import { printedWarnings } from '../markdown/report';

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
    mkdocsProject ? [] : getCollection('modules'),
  ]);
  const sources = lessons.map((entry) => ({ ...entry, tasks: tasksOf(entry) }));
  const outline = buildOutline(sources, modules, {
    contentDir,
    includeDrafts: import.meta.env.DEV,
    plan: mkdocsPlan(lessons.map((entry) => entry.id)),
  });
  const fromGit = createLastUpdated(contentDir);
  return {
    outline,
    entries: new Map(lessons.map((entry) => [entry.id, entry])),
    lastUpdated: (page) => page.data.updated ?? fromGit(path.join(contentDir, page.id)),
  };
}

/** An MkDocs project's nav as modules; nav entries naming no page are reported once. */
function mkdocsPlan(files: string[]): OutlinePlan | undefined {
  if (!mkdocsProject) return undefined;
  const nav = mkdocsProject.nav ?? defaultNav(files);
  const { missing, ...plan } = planFromNav(nav, files, courseConfig.title);
  const config = path.relative(process.cwd(), mkdocsProject.configFile);
  for (const file of missing) {
    const message = `${config}: nav names "${file}", which is not a page of ${contentDir}/ (missing or excluded), so it is left out.`;
    if (!printedWarnings().has(message)) console.warn(message);
    printedWarnings().add(message);
  }
  return plan;
}

/** The checklist items rehype-task-progress found when the content layer rendered the lesson. */
function tasksOf(entry: CollectionEntry<'lessons'>): TaskInfo[] {
  const frontmatter = entry.rendered?.metadata?.frontmatter as { tasks?: unknown } | undefined;
  const tasks = frontmatter?.tasks;
  return Array.isArray(tasks) ? (tasks as TaskInfo[]) : [];
}

const outlineKeys = new WeakMap<Course, string>();

/**
 * `path` (a getStaticPaths entry) with the `cacheKey` of its page, worked out once and only when
 * read. Astro's build reads it (twice); `astro dev` never does, yet runs getStaticPaths again after
 * every edit, where hashing every lesson took 0.1 s of each refresh on 1,000 lessons.
 */
export function withCacheKey<Path extends object>(
  path: Path,
  course: Course,
  page: CoursePage | { moduleKey: string },
): Path & { readonly cacheKey: string } {
  let key: string | undefined;
  return Object.defineProperty(path, 'cacheKey', {
    enumerable: true,
    get: () => (key ??= pageCacheKey(course, page)),
  }) as Path & { readonly cacheKey: string };
}

/** `cacheKey` of a page (src/course/page-cache-key.ts): a lesson's, or a generated module page's. */
function pageCacheKey(course: Course, page: CoursePage | { moduleKey: string }): string {
  let outline = outlineKeys.get(course);
  if (!outline) {
    outline = outlineKey(course.outline, courseConfig);
    outlineKeys.set(course, outline);
  }
  if (!('id' in page)) return moduleCacheKey(outline, page.moduleKey);
  return lessonCacheKey(outline, {
    id: page.id,
    updated: course.lastUpdated(page),
    rendered: course.entries.get(page.id)?.rendered,
  });
}
