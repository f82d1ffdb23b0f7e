/**
 * Says once, at the start of a build of an MkDocs project (MKDOCS_CONFIG), what of its mkdocs.yml
 * is not honoured here, so nothing is ignored silently:
 *   MkDocs plugins not supported here, ignored: git-revision-date-localized, minify
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { mkdocsProject, type MkDocsProject } from '../course/mkdocs-config.ts';

/** Plugins whose job this site does: Pagefind search, mkdocs-macros' Jinja, the exclude globs. */
const HANDLED_PLUGINS = new Set(['search', 'macros', 'exclude']);

/** The names of the project's plugins this site does not run, in the order mkdocs.yml lists them. */
export function unsupportedPlugins(project: MkDocsProject): string[] {
  return [...project.plugins.keys()].filter(
    (name) => !HANDLED_PLUGINS.has(name.replace(/^material\//, '')),
  );
}

export function mkdocsNotices(): AstroIntegration {
  return {
    name: 'course:mkdocs-notices',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        if (!mkdocsProject || command !== 'build') return;
        const config = path.relative(process.cwd(), mkdocsProject.configFile);
        const docs = path.relative(process.cwd(), mkdocsProject.docsDir);
        logger.info(`MkDocs project ${config}: pages from ${docs}/`);
        const ignored = unsupportedPlugins(mkdocsProject);
        if (ignored.length > 0) {
          logger.warn(`MkDocs plugins not supported here, ignored: ${ignored.join(', ')}`);
        }
      },
    },
  };
}
