import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from './course/config';
import { mkdocsProject } from './course/mkdocs-config';
import { excludeGlobs } from './course/mkdocs-exclude';
import { macrosFingerprint } from './course/mkdocs-fingerprint';
import { lessonSchema, moduleSchema } from './course/schema';
import { markPhase } from './integrations/build-phases';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  renderedHereFirst,
  renderPool,
  renderProcesses,
  type RenderHere,
  type RenderPool,
} from './markdown/render-pool';
import { printedWarnings, WARNINGS_KEY } from './markdown/report';

// Ids are the file paths relative to content/, as written: unique on disk, and the course model
// (src/course/outline.ts) derives URLs from them and reports collisions with both file names.
const keepPath = ({ entry }: { entry: string }) => entry;

/**
 * The glob loader, minus two traps of its cache, which keeps an unchanged file's rendered HTML
 * between builds. A Markdown lesson whose plugins threw is stored without HTML and never rendered
 * again, so the next build would pass with an empty lesson: such entries are dropped, so every
 * build renders them again, reports the problem again and fails (src/integrations/content-errors.ts).
 * And a cached lesson's warnings would be printed only once: they are kept with it and repeated.
 */
function lessonLoader(): Loader {
  const loader = glob({
    // An MkDocs project builds every page but those its exclusions name (mkdocs-exclude.ts).
    pattern: mkdocsProject
      ? ['**/*.{md,mdx}', ...excludeGlobs(mkdocsProject)]
      : ['**/*.{md,mdx}', '!**/_*/**'],
    base: contentDir,
    generateId: keepPath,
  });
  // A page rendered through mkdocs-macros also depends on mkdocs.yml and the files it includes:
  // they join each page's digest, so editing them renders the pages again.
  const salt = mkdocsProject?.macros ? macrosFingerprint(mkdocsProject) : '';
  return {
    ...loader,
    load: async (context) => {
      markPhase('lessons');
      const { generateDigest, config } = context;
      // With COURSE_RENDER_PROCESSES a build renders lessons in child processes (render-pool.ts);
      // `astro dev` (which watches) renders the one lesson that changed, in this thread.
      const processes = context.watcher ? 0 : renderProcesses();
      const pool =
        processes > 0
          ? renderPool({
              processes,
              root: fileURLToPath(config.root),
              base: config.base,
              image: { domains: config.image.domains, remotePatterns: config.image.remotePatterns },
            })
          : undefined;
      // A cold build of a large course (nothing in the content cache) starts the processes now,
      // while the files are read; other builds start them only if many lessons need rendering.
      if (pool && context.store.keys().length === 0 && countLessons() > renderedHereFirst()) {
        pool.start();
      }
      // Astro passes the content types to its glob loader, outside the public LoaderContext type.
      const { entryTypes } = context as typeof context & { entryTypes: Map<string, EntryType> };
      try {
        await loader.load({
          ...context,
          ...{ entryTypes: pool ? withMarkdownRenderer(entryTypes, pool) : entryTypes },
          generateDigest: (data) => generateDigest(typeof data === 'string' ? data + salt : data),
        });
      } finally {
        await pool?.close();
        markPhase('lessons-done');
      }
      if (pool?.rendered) {
        context.logger.info(`${pool.rendered} lesson(s) rendered in ${processes} processes`);
      }
      const printed = printedWarnings();
      for (const entry of context.store.values()) {
        if (!entry.rendered && !entry.deferredRender) context.store.delete(entry.id);
        const warnings = entry.rendered?.metadata?.frontmatter?.[WARNINGS_KEY];
        if (!Array.isArray(warnings)) continue;
        for (const warning of warnings.map(String)) {
          if (!printed.has(warning)) console.warn(warning);
          printed.add(warning);
        }
      }
    },
  };
}

/** How many Markdown files content/ holds (a quick count: exclusions are not applied). */
function countLessons(): number {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.mdx?$/.test(file),
  ).length;
}

/** What the content types Astro hands its glob loader look like, as far as used here. */
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<RenderHere<unknown>>;
}

/** The content types with Markdown rendered through `pool` (render-pool.ts). */
function withMarkdownRenderer<Type extends EntryType>(
  entryTypes: Map<string, Type>,
  pool: RenderPool,
): Map<string, Type> {
  return new Map(
    [...entryTypes].map(([extension, type]): [string, Type] => {
      const { getRenderFunction } = type;
      if (extension !== '.md' || !getRenderFunction) return [extension, type];
      return [
        extension,
        {
          ...type,
          getRenderFunction: async (config: unknown) => {
            const here = await getRenderFunction(config);
            return (entry: Parameters<RenderHere<unknown>>[0]) => pool.render(entry, here);
          },
        },
      ];
    }),
  );
}

const lessons = defineCollection({ loader: lessonLoader(), schema: lessonSchema });

// An MkDocs project's modules come from its nav (src/course/mkdocs-nav.ts), not _module.yml.
const modules = defineCollection({
  loader: mkdocsProject
    ? { name: 'mkdocs-nav-modules', load: async () => {} }
    : glob({ pattern: '*/_module.{yml,yaml}', base: contentDir, generateId: keepPath }),
  schema: moduleSchema,
});

export const collections = { lessons, modules };
