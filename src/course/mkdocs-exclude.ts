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

/** Whether MkDocs would leave `file` (relative to the docs folder) out, by the same rules. */
export function isExcluded(file: string, patterns: string[]): boolean {
  return patterns.some((pattern) => {
    if (pattern.startsWith('!')) return false;
    const folderOnly = pattern.endsWith('/');
    const body = pattern.replace(/^\/+|\/+$/g, '');
    const anchored = pattern.slice(0, -1).includes('/');
    const matcher = new RegExp(`^${globToRegExp(body)}$`);
    const segments = file.split('/');
    // Folders: any leading run of segments; files: the whole path, or any tail when not anchored.
    for (let end = 1; end <= segments.length; end++) {
      if (folderOnly && end === segments.length) break;
      for (let start = 0; start < (anchored ? 1 : end); start++) {
        if (matcher.test(segments.slice(start, end).join('/'))) return true;
      }
    }
    return false;
  });
}

function globToRegExp(glob: string): string {
  return glob
    .split('**')
    .map((part) =>
      part
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]'),
    )
    .join('.*');
}
