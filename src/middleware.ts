/**
 * Hands every page `astro build` renders to the search index (src/integrations/search-index.ts)
 * as soon as it is rendered, so Pagefind indexes it while the build goes on with the next pages.
 * Does nothing in `astro dev`, where there is no index to build. Also marks when the build starts
 * rendering pages (build-phases.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { markPhase } from './integrations/build-phases';
import { pageFile, pageSink } from './integrations/page-sink';

export const onRequest = defineMiddleware(async (context, next) => {
  markPhase('pages');
  const done = pageSink()?.open();
  const response = await next();
  if (!done) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) {
    done();
    return response;
  }
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const { pathname } = context.url;
  const relative = decodeURI(
    pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1),
  );
  done({ file: pageFile(relative), html: await response.clone().text() });
  return response;
});
