import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from './course/config';
import { lessonSchema, moduleSchema } from './course/schema';
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
    pattern: ['**/*.{md,mdx}', '!**/_*/**'],
    base: contentDir,
    generateId: keepPath,
  });
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
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

const lessons = defineCollection({ loader: lessonLoader(), schema: lessonSchema });

const modules = defineCollection({
  loader: glob({ pattern: '*/_module.{yml,yaml}', base: contentDir, generateId: keepPath }),
  schema: moduleSchema,
});

export const collections = { lessons, modules };
