/**
 * Indexes the built site with Pagefind at the end of `astro build`, so search works on a static
 * host with no server. Only what pages mark with `data-pagefind-body` (lesson text, code included)
 * is indexed; the pages' `lang="pt-BR"` selects Portuguese stemming.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Writes the search index into `<outDir>/pagefind/`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'course:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // COURSE_SEARCH=off lets the benchmark measure what indexing adds to a build.
        if (process.env.COURSE_SEARCH === 'off') return;
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        await pagefind.close();
        const problems = [...errors, ...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        const seconds = (performance.now() - started) / 1000;
        logger.info(`search index built from ${added.page_count} pages in ${seconds.toFixed(1)} s`);
        // The benchmark asks for the figures in a file: timing the index itself is far steadier
        // than comparing whole builds with and without it.
        if (process.env.COURSE_SEARCH_STATS) {
          writeFileSync(
            process.env.COURSE_SEARCH_STATS,
            JSON.stringify({ seconds, pages: added.page_count }),
          );
        }
      },
    },
  };
}
