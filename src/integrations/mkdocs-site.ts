/**
 * For a build of an MkDocs project (MKDOCS_CONFIG):
 * - says once, at the start, what of its mkdocs.yml is not honoured here, so nothing is ignored
 *   silently: `MkDocs plugins not supported here, ignored: git-revision-date-localized, minify`;
 * - copies the docs folder's other files (images used from raw HTML, downloads, static pages) to
 *   the site at the same paths, as MkDocs does, without overwriting what the build wrote.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mkdocsProject, type MkDocsProject } from '../course/mkdocs-config.ts';
import { isExcluded } from '../course/mkdocs-exclude.ts';

/** Plugins whose job this site does: Pagefind search, mkdocs-macros' Jinja, the exclude globs. */
const HANDLED_PLUGINS = new Set(['search', 'macros', 'exclude']);

/** The names of the project's plugins this site does not run, in the order mkdocs.yml lists them. */
export function unsupportedPlugins(project: MkDocsProject): string[] {
  return [...project.plugins.keys()].filter(
    (name) => !HANDLED_PLUGINS.has(name.replace(/^material\//, '')),
  );
}

/** The integration: a no-op unless MKDOCS_CONFIG is set. */
export function mkdocsSite(): AstroIntegration {
  return {
    name: 'course:mkdocs',
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
      'astro:build:done': ({ dir, logger }) => {
        if (!mkdocsProject) return;
        const copied = copyStaticFiles(mkdocsProject, fileURLToPath(dir));
        logger.info(`copied ${copied} static file(s) from the docs folder`);
      },
    },
  };
}

/** Copies the non-Markdown files MkDocs would publish; returns how many. */
function copyStaticFiles(project: MkDocsProject, outDir: string): number {
  const files = readdirSync(project.docsDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !/\.(?:md|mdx|markdown)$/i.test(file) && !isExcluded(file, project.exclude));
  let copied = 0;
  for (const file of files) {
    const source = path.join(project.docsDir, file);
    const target = path.join(outDir, file);
    if (existsSync(target) || !isFile(source)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(source, target);
    copied++;
  }
  return copied;
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
