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
