import { taskSignature, type TaskInfo } from './progress-ids';
import type { LessonData, ModuleData } from './schema';
import { folderTitle, type OutlinePlan } from './mkdocs-nav';
import { isIndexFile, slugFromFile } from './paths';
import { findFirstHeading, splitOrderPrefix, titleFromName } from './titles';

/** A Markdown file as the content collection hands it over (id = path relative to content/). */
export interface LessonSource {
  id: string;
  data: LessonData;
  body?: string | undefined;
  /** Checklist items found by the Markdown pipeline (rehype-task-progress). */
  tasks?: TaskInfo[] | undefined;
}

/** A module's `_module.yml` (id = its path relative to content/). */
export interface ModuleSource {
  id: string;
  data: ModuleData;
}

export type PageKind = 'home' | 'lesson' | 'module-index' | 'page';

/** One built page that comes from a Markdown file. */
export interface CoursePage {
  id: string;
  kind: PageKind;
  /** URL path below the site base, without slashes at the ends; '' for the home page. */
  slug: string;
  title: string;
  description: string | undefined;
  /** The page's Markdown starts with its own `# ` heading, so layouts must not add another. */
  hasOwnHeading: boolean;
  moduleKey: string | undefined;
  data: LessonData;
  tasks: TaskInfo[];
  /** Fingerprint of the task ids: changes when the lesson gains or loses tasks. */
  taskSig: string;
  /** What the lesson counts for in progress: its tasks, or 1 ("read") when it has none. */
  progressTotal: number;
}

/** A top-level folder of content/: a module of the course. */
export interface CourseModule {
  /** Folder name, as on disk (`01-fundamentos`). */
  key: string;
  slug: string;
  title: string;
  description: string | undefined;
  /** The folder's index.md, shown as the module's page; otherwise a page is generated. */
  index: CoursePage | undefined;
  lessons: CoursePage[];
  /** Sum of the lessons' progress totals. */
  progressTotal: number;
}

export interface Outline {
  modules: CourseModule[];
  /** Every lesson of every module, in reading order (drives previous / next). */
  lessons: CoursePage[];
  /** Every page built from Markdown: home, module indexes, lessons, loose pages. */
  pages: CoursePage[];
  home: CoursePage | undefined;
  /** Sum of every module's progress total: what 100 % of the course means. */
  progressTotal: number;
}

export interface OutlineOptions {
  /** Folder the ids are relative to, used in messages (`content`). */
  contentDir: string;
  includeDrafts: boolean;
  /**
   * An explicit order (an MkDocs nav, see mkdocs-nav.ts): modules, lessons and titles come from it
   * instead of folders and numeric prefixes, and URLs keep the file names as they are.
   */
  plan?: OutlinePlan | undefined;
}

/** The course could not be assembled; the message lists every problem with its file. */
export class CourseError extends Error {
  override name = 'CourseError';
}

/** Orders modules and lessons, gives every page its URL and title, and rejects an inconsistent course. */
export function buildOutline(
  sources: LessonSource[],
  moduleSources: ModuleSource[],
  options: OutlineOptions,
): Outline {
  const problems: string[] = [];
  const where = (id: string) => `${options.contentDir}/${id}`;
  const metaByFolder = new Map(moduleSources.map((m) => [folderOf(m.id), m]));
  const modules = new Map<string, CourseModule & { order: number | undefined }>();
  const { plan } = options;
  const placed = plan ? placementsOf(plan) : undefined;
  for (const [order, { key, slug, title }] of (plan?.modules ?? []).entries()) {
    modules.set(key, { ...newModule(key, undefined), slug, title, order });
  }
  const pages: CoursePage[] = [];
  let home: CoursePage | undefined;

  for (const source of sources) {
    if (source.data.draft && !options.includeDrafts) continue;
    const segments = source.id.split('/').slice(0, -1);
    const isIndex = isIndexFile(source.id);
    const heading = source.body ? findFirstHeading(source.body) : undefined;
    const title =
      plan?.titles.get(source.id) ??
      source.data.title ??
      heading ??
      (plan ? titleFromFile(source.id) : undefined);
    if (!title) {
      problems.push(
        `${where(source.id)}: the page has no title. Add "title: ..." to its frontmatter or start it with a "# Title" line.`,
      );
      continue;
    }
    const { kind, moduleKey } = placed
      ? (placed.get(source.id) ?? {
          kind: isIndex && segments.length === 0 ? 'home' : 'page',
          moduleKey: undefined,
        })
      : placeByFolder(segments, isIndex);
    const page: CoursePage = {
      id: source.id,
      kind,
      slug: slugFromFile(source.id, { keepOrderPrefixes: plan !== undefined }),
      title,
      description: source.data.description,
      hasOwnHeading: heading !== undefined,
      moduleKey,
      data: source.data,
      tasks: source.tasks ?? [],
      taskSig: taskSignature((source.tasks ?? []).map((task) => task.id)),
      progressTotal: Math.max(source.tasks?.length ?? 0, 1),
    };
    pages.push(page);
    if (kind === 'home') home = page;
    if (!moduleKey) continue;
    const mod = modules.get(moduleKey) ?? newModule(moduleKey, metaByFolder.get(moduleKey));
    modules.set(moduleKey, mod);
    if (kind === 'module-index') mod.index = page;
    else mod.lessons.push(page);
  }

  for (const [folder, meta] of metaByFolder) {
    const mod = modules.get(folder);
    if (!mod || mod.lessons.length === 0) {
      const onlyDrafts = sources.some((s) => s.id.startsWith(`${folder}/`) && s.data.draft);
      if (onlyDrafts && !options.includeDrafts) {
        modules.delete(folder);
        continue;
      }
      problems.push(
        `${where(meta.id)}: module "${meta.data.title}" has no lessons. Add a lesson (.md) to ${where(folder)}/ or delete the folder.`,
      );
    }
  }

  const ordered = [...modules.values()]
    .filter((mod) => !plan || mod.index || mod.lessons.length > 0)
    .sort(byOrderThenName((m) => [m.order, m.key]));
  for (const mod of ordered) {
    if (plan) {
      const order = plan.modules.find((planned) => planned.key === mod.key)!.lessons;
      mod.lessons.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
      continue;
    }
    mod.lessons.sort(byOrderThenName((p) => [lessonOrder(p), p.id]));
    problems.push(...findSameNumber(mod.lessons, where));
  }
  problems.push(...findSlugCollisions(pages, ordered, where));
  if (problems.length > 0) {
    throw new CourseError(
      `The course has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
    );
  }

  const courseModules: CourseModule[] = ordered.map(({ order: _order, ...mod }) => ({
    ...mod,
    progressTotal: mod.lessons.reduce((sum, lesson) => sum + lesson.progressTotal, 0),
  }));
  return {
    modules: courseModules,
    lessons: courseModules.flatMap((m) => m.lessons),
    pages,
    home,
    progressTotal: courseModules.reduce((sum, mod) => sum + mod.progressTotal, 0),
  };
}

/** The lessons before and after `id` in reading order, across module boundaries. */
export function getNeighbours(
  outline: Outline,
  id: string,
): { previous: CoursePage | undefined; next: CoursePage | undefined } {
  const index = outline.lessons.findIndex((lesson) => lesson.id === id);
  if (index < 0) return { previous: undefined, next: undefined };
  return { previous: outline.lessons[index - 1], next: outline.lessons[index + 1] };
}

function placeByFolder(
  folders: string[],
  isIndex: boolean,
): { kind: PageKind; moduleKey: string | undefined } {
  const moduleKey = folders[0];
  if (!moduleKey) return { kind: isIndex ? 'home' : 'page', moduleKey };
  return { kind: isIndex && folders.length === 1 ? 'module-index' : 'lesson', moduleKey };
}

function placementsOf(plan: OutlinePlan) {
  const placed = new Map<string, { kind: PageKind; moduleKey: string | undefined }>();
  for (const mod of plan.modules) {
    if (mod.index) placed.set(mod.index, { kind: 'module-index', moduleKey: mod.key });
    for (const id of mod.lessons) placed.set(id, { kind: 'lesson', moduleKey: mod.key });
  }
  return placed;
}

/** MkDocs' title for a page with none: its file name (`get_started.md` -> `Get started`). */
function titleFromFile(id: string): string {
  const parts = id.replace(/\.(md|mdx|markdown)$/i, '').split('/');
  const name = isIndexFile(id) ? (parts.at(-2) ?? 'index') : parts.at(-1)!;
  return folderTitle(name);
}

function newModule(key: string, meta: ModuleSource | undefined) {
  return {
    key,
    slug: splitOrderPrefix(key).name,
    title: meta?.data.title ?? titleFromName(key),
    description: meta?.data.description,
    order: meta?.data.order ?? splitOrderPrefix(key).order,
    index: undefined,
    lessons: [] as CoursePage[],
    progressTotal: 0,
  };
}

function lessonOrder(page: CoursePage): number | undefined {
  return page.data.order ?? splitOrderPrefix(page.id.split('/').pop()!).order;
}

function folderOf(id: string): string {
  return id.split('/').slice(0, -1).join('/');
}

function byOrderThenName<T>(key: (item: T) => [number | undefined, string]) {
  return (a: T, b: T) => {
    const [orderA, nameA] = key(a);
    const [orderB, nameB] = key(b);
    const diff = (orderA ?? Number.MAX_SAFE_INTEGER) - (orderB ?? Number.MAX_SAFE_INTEGER);
    return diff !== 0 ? diff : nameA.localeCompare(nameB, 'pt-BR');
  };
}

function findSameNumber(lessons: CoursePage[], where: (id: string) => string): string[] {
  const seen = new Map<number, CoursePage>();
  const problems: string[] = [];
  for (const lesson of lessons) {
    const prefix = splitOrderPrefix(lesson.id.split('/').pop()!).order;
    if (prefix === undefined || lesson.data.order !== undefined) continue;
    const other = seen.get(prefix);
    if (other) {
      problems.push(
        `${where(lesson.id)}: has the same number (${prefix}) as ${where(other.id)}, so their order is ambiguous. Renumber one of them.`,
      );
    } else seen.set(prefix, lesson);
  }
  return problems;
}

function findSlugCollisions(
  pages: CoursePage[],
  modules: CourseModule[],
  where: (id: string) => string,
): string[] {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  const claim = (slug: string, owner: string) => {
    const key = slug.toLowerCase();
    const other = owners.get(key);
    if (other) {
      problems.push(
        `${owner}: its URL /${slug}/ is already taken by ${other}. Rename one of them so that each page has its own URL.`,
      );
    } else owners.set(key, owner);
  };
  for (const page of pages) claim(page.slug, where(page.id));
  for (const mod of modules) if (!mod.index) claim(mod.slug, `${where(mod.key)}/ (module page)`);
  return problems;
}
