import { isIndexFile, slugFromFile } from './paths';
import { slugify, uniqueSlug } from './slugify';

/**
 * MkDocs' `nav:` and the course it becomes.
 *
 * How a nav maps to modules, as a reader of the MkDocs site would expect:
 * - a section (`- Docker: [...]`) is a module titled like the section, its pages the lessons in
 *   nav order; pages of subsections join it in order;
 * - a section that holds only sections (`- Aulas: [Módulo 1: [...], Módulo 2: [...]]`) is a
 *   shelf: each of its sections is a module;
 * - pages at the top level (not the home page) are the lessons of one module titled with the
 *   course name, placed where the first of them is;
 * - a module whose first page is a folder's index.md (Material's navigation.indexes) has that
 *   page as its module page; otherwise one is generated at the section title's slug;
 * - pages outside the nav are still built at their URL, outside any module.
 * Without `nav:`, MkDocs' own nav is rebuilt from the files: root files first, then folders as
 * sections, in alphabetical order with index.md first.
 */

export type NavItem =
  | { kind: 'page'; title: string | undefined; file: string }
  | { kind: 'section'; title: string; children: NavItem[] }
  | { kind: 'link'; title: string; url: string };

/** Modules in reading order, as the course outline takes them (see buildOutline). */
export interface OutlinePlan {
  modules: PlannedModule[];
  /** Nav titles, which win over the page's own title as in MkDocs. */
  titles: Map<string, string>;
}

export interface PlannedModule {
  key: string;
  slug: string;
  title: string;
  /** Id of the module's own page (a folder's index.md), if any. */
  index: string | undefined;
  lessons: string[];
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Turns the `nav:` list of mkdocs.yml into NavItems; unknown shapes are dropped. */
export function normalizeNav(raw: unknown[]): NavItem[] {
  return raw.flatMap((entry): NavItem[] => {
    if (typeof entry === 'string') return [toLeaf(undefined, entry)];
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return [];
    return Object.entries(entry as Record<string, unknown>).flatMap(([title, value]): NavItem[] => {
      if (typeof value === 'string') return [toLeaf(title, value)];
      if (Array.isArray(value)) return [{ kind: 'section', title, children: normalizeNav(value) }];
      return [];
    });
  });
}

function toLeaf(title: string | undefined, target: string): NavItem {
  if (EXTERNAL.test(target)) return { kind: 'link', title: title ?? target, url: target };
  return { kind: 'page', title, file: target.replace(/^\.?\//, '') };
}

/** The titles the nav gives its pages (file -> title), as MkDocs' `page.title` has them. */
export function navTitles(nav: NavItem[]): Map<string, string> {
  const titles = new Map<string, string>();
  const visit = (items: NavItem[]) => {
    for (const item of items) {
      if (item.kind === 'section') visit(item.children);
      else if (item.kind === 'page' && item.title && !titles.has(item.file))
        titles.set(item.file, item.title);
    }
  };
  visit(nav);
  return titles;
}

/** The nav MkDocs builds when mkdocs.yml has none (mkdocs/structure/nav.py, files.py). */
export function defaultNav(files: string[]): NavItem[] {
  const root: NavItem[] = [];
  const sections = new Map<string, NavItem[]>([['', root]]);
  const sorted = [...files].sort(compareMkDocsFiles);
  for (const file of sorted) {
    const folders = file.split('/').slice(0, -1);
    let parent = root;
    for (let depth = 1; depth <= folders.length; depth++) {
      const key = folders.slice(0, depth).join('/');
      let children = sections.get(key);
      if (!children) {
        children = [];
        sections.set(key, children);
        parent.push({ kind: 'section', title: folderTitle(folders[depth - 1]!), children });
      }
      parent = children;
    }
    parent.push({ kind: 'page', title: undefined, file });
  }
  return root;
}

/** MkDocs walks folders top-down: a folder's files (index first), then its subfolders. */
function compareMkDocsFiles(a: string, b: string): number {
  const key = (file: string) => {
    const parts = file.split('/');
    return [...parts.slice(0, -1), isIndexFile(file) ? '' : `\u0001${parts.at(-1)}`];
  };
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    // A file sorts before any subfolder of the same folder.
    const fileA = i === ka.length - 1;
    const fileB = i === kb.length - 1;
    if (fileA !== fileB) return fileA ? -1 : 1;
    if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  }
  return ka.length - kb.length;
}

/** MkDocs' dirname_to_title: `exercicios_resolvidos` -> `Exercicios resolvidos`. */
export function folderTitle(name: string): string {
  const title = name.replace(/[-_]/g, ' ');
  return title.toLowerCase() === title ? title.charAt(0).toUpperCase() + title.slice(1) : title;
}

/**
 * Lays the nav out as modules (rules at the top of this file). `files` are the built pages;
 * nav entries naming another file come back in `missing`, so the build can say so.
 */
export function planFromNav(
  nav: NavItem[],
  files: string[],
  courseTitle: string,
): OutlinePlan & { missing: string[] } {
  const available = new Set(files);
  const placed = new Set<string>();
  const titles = new Map<string, string>();
  const missing: string[] = [];
  const usedSlugs = new Set(files.map((file) => slugFromFile(file, { keepOrderPrefixes: true })));
  const modules: PlannedModule[] = [];
  let loose: PlannedModule | undefined;

  const pagesOf = (items: NavItem[]): string[] =>
    items.flatMap((item) => {
      if (item.kind === 'section') return pagesOf(item.children);
      if (item.kind !== 'page') return [];
      if (!available.has(item.file)) {
        missing.push(item.file);
        return [];
      }
      if (placed.has(item.file)) return [];
      placed.add(item.file);
      if (item.title) titles.set(item.file, item.title);
      return [item.file];
    });

  const addModule = (title: string, pages: string[]) => {
    if (pages.length === 0) return;
    const first = pages[0]!;
    const index = isIndexFile(first) && first.includes('/') ? first : undefined;
    const lessons = index ? pages.slice(1) : pages;
    // Slugs are given once all modules are known: a folder may hold several sections.
    modules.push({
      key: '',
      slug: index ? slugFromFile(index, { keepOrderPrefixes: true }) : '',
      title,
      index,
      lessons,
    });
  };

  const layOut = (items: NavItem[]) => {
    for (const item of items) {
      if (item.kind === 'link') continue;
      if (item.kind === 'page') {
        const [page] = pagesOf([item]);
        if (!page || (isIndexFile(page) && !page.includes('/'))) continue; // the home page
        if (!loose) {
          loose = { key: '', slug: '', title: courseTitle, index: undefined, lessons: [] };
          modules.push(loose);
        }
        loose.lessons.push(page);
      } else if (item.children.every((child) => child.kind === 'section')) layOut(item.children);
      else addModule(item.title, pagesOf(item.children));
    }
  };

  layOut(nav);
  nameGeneratedPages(modules, usedSlugs, loose);
  return { modules: modules.filter((mod) => mod.lessons.length > 0 || mod.index), titles, missing };
}

/**
 * URLs of the module pages generated for sections without an index.md: the section's folder when
 * it has that folder to itself (`exercicios_resolvidos/`), else the title's slug (`modulo-1/`).
 */
function nameGeneratedPages(
  modules: PlannedModule[],
  usedSlugs: Set<string>,
  loose: PlannedModule | undefined,
): void {
  const folderOf = (mod: PlannedModule) => {
    const folders = new Set(mod.lessons.map((id) => id.split('/').slice(0, -1).join('/')));
    return folders.size === 1 ? [...folders][0]! : '';
  };
  const owners = new Map<string, number>();
  for (const mod of modules) owners.set(folderOf(mod), (owners.get(folderOf(mod)) ?? 0) + 1);
  for (const mod of modules) {
    if (!mod.slug) {
      const folder = mod === loose ? '' : folderOf(mod);
      mod.slug =
        folder && owners.get(folder) === 1 && !usedSlugs.has(folder)
          ? uniqueSlug(folder, usedSlugs, '-')
          : uniqueSlug(slugify(mod.title) || 'modulo', usedSlugs, '-');
    }
    mod.key = mod.slug;
  }
}
