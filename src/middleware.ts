/**
 * Hands every page `astro build` renders to the search index (src/integrations/search-index.ts)
 * as soon as it is rendered, so Pagefind indexes it while the build goes on with the next pages.
 * Does nothing in `astro dev`, where there is no index to build. Also marks when the build starts
 * rendering pages (build-phases.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { markPhase } from './integrations/build-phases';
import { pageSink } from './integrations/page-sink';

export const onRequest = defineMiddleware(async (context, next) => {
  markPhase('pages');
  const done = pageSink()?.open();
  const response = await next();
  if (!done) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) {
    done();
    return response;
  }
  const file = ERROR_PAGES.has(context.routePattern)
    ? `${context.routePattern.slice(1)}.html`
    : outputFile(context.url.pathname);
  done({ file, html: await response.clone().text() });
  return response;
});

/** Routes Astro writes to `<name>.html` whatever the URL format. */
const ERROR_PAGES = new Set(['/404', '/500']);

/** The file a page is written to: `/base/modulo/aula/` → `modulo/aula/index.html`. */
function outputFile(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const relative = decodeURI(
    pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1),
  );
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : `${relative}.html`;
}
