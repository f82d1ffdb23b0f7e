import type { MkDocsProject } from './mkdocs-config';

/**
 * MkDocs' exclusions as negated globs for Astro's glob loader. `exclude_docs` is gitignore
 * syntax: a pattern with a slash at its start or middle is anchored to the docs folder, one ending
 * in a slash matches folders only, others match at any depth. Re-inclusions (`!pattern`) are not
 * supported and are skipped.
 * `/templates/` -> `!templates/**`; `*.py` -> `!**\/*.py`, `!**\/*.py/**`.
 */
export function excludeGlobs(project: MkDocsProject): string[] {
  return project.exclude.flatMap((pattern) => {
    if (pattern.startsWith('!')) return [];
    const folderOnly = pattern.endsWith('/');
    const body = pattern.replace(/^\/+|\/+$/g, '');
    if (!body) return [];
    const anchored = pattern.slice(0, -1).includes('/');
    const glob = anchored ? body : `**/${body}`;
    return folderOnly ? [`!${glob}/**`] : [`!${glob}`, `!${glob}/**`];
  });
}
