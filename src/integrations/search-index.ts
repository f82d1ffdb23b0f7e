/**
 * Indexes the built site with Pagefind during `astro build`, so search works on a static host
 * with no server. Only what pages mark with `data-pagefind-body` (lesson text, code included)
 * is indexed; the pages' `lang="pt-BR"` selects Portuguese stemming. `pagefind/offline.json` lists
 * the files search needs, for the service worker that keeps search working offline.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { mergedOrder, orderedSink, pageFile, setPageSink } from './page-sink';
import { searchablePart } from './searchable-part';

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

/**
 * Writes the search index into `<outDir>/pagefind/`. Pagefind (a process of its own) indexes each
 * page while the build renders the next ones: src/middleware.ts hands it every page as it is
 * rendered, in route order (page-sink.ts), so every build writes the same index; it gets only the
 * part of each page it reads (searchable-part.ts).
 *
 * An incremental build (astro.config.mjs) copies unchanged pages from the previous build without
 * rendering them, so they never pass through the middleware: the index is then made again at the
 * end, from every page, in the order the previous build kept in the cache (page-sink.ts), which
 * gives the index a full build writes. HTML files the build did not render at all (public/) are
 * read from disk at the end, in file-name order.
 */
export function searchIndex(): AstroIntegration {
  let session: Promise<pagefind.PagefindIndex> | undefined;
  /** Pages the middleware handed over, in route order. */
  const streamed: string[] = [];
  let added: Promise<{ errors: string[] }>[] = [];
  let sink: ReturnType<typeof orderedSink> | undefined;
  /** Where the pages' order is kept for the next build (in Astro's cache folder). */
  let orderFile: string | undefined;
  const startIndex = () =>
    handledLater(
      pagefind.createIndex({}).then(({ index, errors }) => {
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        return index;
      }),
    );
  const add = (file: string, part: string) => {
    const index = session!;
    added.push(handledLater(index.then((i) => i.addHTMLFile({ sourcePath: file, content: part }))));
  };
  return {
    name: 'course:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        orderFile = fileURLToPath(new URL(ORDER_FILE, config.cacheDir));
      },
      'astro:build:start': () => {
        // COURSE_SEARCH=off lets the benchmark measure what indexing adds to a build. Such a build
        // learns no order, and the one kept may no longer be its pages': it is dropped.
        if (process.env.COURSE_SEARCH === 'off') {
          if (orderFile) rmSync(orderFile, { force: true });
          return;
        }
        session = startIndex();
        // Until the index has started, pages wait in the promise chain.
        sink = orderedSink((file, html) => {
          streamed.push(file);
          add(file, searchablePart(html));
        });
        setPageSink(sink);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        setPageSink(undefined);
        if (!session) return;
        sink?.flush();
        const finishing = performance.now();
        const site = fileURLToPath(dir);
        const read = (file: string) => searchablePart(readFileSync(path.join(site, file), 'utf8'));
        const rendered = new Set(streamed);
        const copied = pages
          .map(({ pathname }) => pageFile(pathname))
          .filter((file) => !rendered.has(file) && existsSync(path.join(site, file)));
        let order = streamed;
        if (copied.length > 0) {
          order = mergedOrder(streamed, copied, readOrder(orderFile));
          logger.info(
            `${copied.length} page(s) were copied from the previous build: indexing every page again, in the previous build's order`,
          );
          const stale = session;
          session = startIndex();
          await Promise.all(added);
          await (await stale).deleteIndex();
          added = [];
          for (const file of order) add(file, read(file));
        }
        if (orderFile) {
          mkdirSync(path.dirname(orderFile), { recursive: true });
          writeFileSync(orderFile, JSON.stringify(order));
        }
        const indexed = new Set(order);
        for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' }).sort()) {
          const page = file.split(path.sep).join('/');
          if (page.endsWith('.html') && !indexed.has(page)) add(page, read(page));
        }
        const index = await session;
        const results = await Promise.all(added);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        await pagefind.close();
        const problems = [...results.flatMap((r) => r.errors), ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        writeOfflineManifest(path.join(site, 'pagefind'));
        // What the index adds to the build's wall time: what is left to do once the pages are out.
        const seconds = (performance.now() - finishing) / 1000;
        logger.info(
          `search index of ${results.length} pages finished ${seconds.toFixed(1)} s after the last page`,
        );
        // The benchmark asks for the figures in a file: timing the index itself is far steadier
        // than comparing whole builds with and without it.
        if (process.env.COURSE_SEARCH_STATS) {
          writeFileSync(
            process.env.COURSE_SEARCH_STATS,
            JSON.stringify({ seconds, pages: results.length }),
          );
        }
      },
    },
  };
}

/** The file, in Astro's cache folder, that keeps the order the last build indexed its pages in. */
const ORDER_FILE = 'search-order.json';

/** The order kept by the last build; none when missing or unreadable. */
function readOrder(file: string | undefined): string[] {
  try {
    const order: unknown = JSON.parse(readFileSync(file!, 'utf8'));
    return Array.isArray(order) ? order.filter((page) => typeof page === 'string') : [];
  } catch {
    return [];
  }
}

/** `promise`, whose failure is reported where it is awaited, in astro:build:done, not at once. */
function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
