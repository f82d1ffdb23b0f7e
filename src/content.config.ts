import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from './course/config';
import { mkdocsProject } from './course/mkdocs-config';
import { excludeGlobs } from './course/mkdocs-exclude';
import { macrosFingerprint } from './course/mkdocs-fingerprint';
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
      const { generateDigest } = context;
      await loader.load({
        ...context,
        generateDigest: (data) => generateDigest(typeof data === 'string' ? data + salt : data),
      });
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

// An MkDocs project's modules come from its nav (src/course/mkdocs-nav.ts), not _module.yml.
const modules = defineCollection({
  loader: mkdocsProject
    ? { name: 'mkdocs-nav-modules', load: async () => {} }
    : glob({ pattern: '*/_module.{yml,yaml}', base: contentDir, generateId: keepPath }),
  schema: moduleSchema,
});

export const collections = { lessons, modules };
