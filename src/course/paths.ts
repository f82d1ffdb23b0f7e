import { splitOrderPrefix } from './titles';

/**
 * Every internal URL is built here, so the site works under a GitHub Pages sub-path
 * (`/curso-conteineres/`) as well as at the root.
 */

/** Joins the site base (`/` or `/repo/`) with a slug (`fundamentos/namespaces`) as a directory URL. */
export function pageHref(slug: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = slug.replace(/^\/+|\/+$/g, '');
  return path ? `${root}${encodePath(path)}/` : root;
}

/** Joins the site base with a file path (`robots.txt`, `favicon.svg`). */
export function assetHref(file: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${file.replace(/^\/+/, '')}`;
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

const INDEX_NAMES = new Set(['index', 'readme']);

/**
 * The URL slug of a Markdown file, from its path relative to content/: numeric prefixes dropped,
 * `index.md` / `README.md` standing for their folder (MkDocs' directory URLs).
 * `01-fundamentos/02-namespaces.md` -> `fundamentos/namespaces`; `index.md` -> ``.
 * An MkDocs project keeps its prefixes (`keepOrderPrefixes`), so its URLs stay what MkDocs made.
 */
export function slugFromFile(
  relativePath: string,
  { keepOrderPrefixes = false }: { keepOrderPrefixes?: boolean } = {},
): string {
  const segments = relativePath.split('/');
  const stem = segments.pop()!.replace(/\.(md|mdx|markdown)$/i, '');
  const name = (part: string) => (keepOrderPrefixes ? part : splitOrderPrefix(part).name);
  const parts = segments.map(name);
  if (!INDEX_NAMES.has(stem.toLowerCase())) parts.push(name(stem));
  return parts.join('/');
}

/** Whether the file is a folder's index page (`index.md`, `README.md`). */
export function isIndexFile(relativePath: string): boolean {
  const stem = relativePath
    .split('/')
    .pop()!
    .replace(/\.(md|mdx|markdown)$/i, '');
  return INDEX_NAMES.has(stem.toLowerCase());
}
