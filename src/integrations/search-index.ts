/**
 * Indexes the built site with Pagefind at the end of `astro build`, so search works on a static
 * host with no server. Only what pages mark with `data-pagefind-body` (lesson text, code included)
 * is indexed; the pages' `lang="pt-BR"` selects Portuguese stemming. `pagefind/offline.json` lists
 * the files search needs, for the service worker that keeps search working offline.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** What search needs offline: Pagefind's script, its Portuguese wasm, metadata and the index. */
const OFFLINE_FILE =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|[^/]+\.pf_meta|(index|fragment|filter)\/.+)$/;

/** Beyond this, a course's index is not kept for offline use (a 1,000-lesson index is larger). */
const OFFLINE_MAX_BYTES = 1024 * 1024;

/**
 * Lists the files search needs, with their total size, in `pagefind/offline.json`, and whether
 * they are few enough to keep (`store`): public/sw.js then keeps them once the learner has opened
 * search, so search keeps working offline.
 */
function writeOfflineManifest(pagefindDir: string): void {
  const files = (readdirSync(pagefindDir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => OFFLINE_FILE.test(file))
    .sort();
  const bytes = files.reduce((sum, file) => sum + statSync(path.join(pagefindDir, file)).size, 0);
  const store = bytes <= OFFLINE_MAX_BYTES;
  writeFileSync(path.join(pagefindDir, 'offline.json'), JSON.stringify({ store, bytes, files }));
}

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
        writeOfflineManifest(path.join(site, 'pagefind'));
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
