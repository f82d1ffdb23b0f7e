/**
 * Links between lessons written as relative links to Markdown files, as MkDocs authors do:
 *
 *   Veja [namespaces](../01-fundamentos/02-namespaces.md#os-oito-tipos).
 *   -> <a href="/curso/fundamentos/namespaces/#os-oito-tipos">namespaces</a>
 *
 * The target is resolved against the linking file, percent-decoded and Unicode-normalised, and
 * becomes the page's URL under the site base (numeric prefixes dropped, index.md -> its folder).
 * Links to a missing page are rewritten all the same and reported with file:line; the link checker
 * then fails the build's tests. Absolute URLs, site paths, anchors and non-Markdown files are left alone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Link, Definition, Root } from 'mdast';
import { walk } from './walk';
import type { VFile } from 'vfile';
import { pageHref, slugFromFile } from '../course/paths';
import { warn } from './report';

export interface CourseLinksOptions {
  /** Absolute path of the folder that holds the lessons. */
  contentDir: string;
  /** Site base path (`/` or `/repo/`). */
  base: string;
  /** Keep numeric prefixes in URLs, as an MkDocs project does (see slugFromFile). */
  keepOrderPrefixes?: boolean;
}

// `page.md/#x` too: MkDocs normalises the path, so authors' links of that form work there.
const MARKDOWN_TARGET = /^([^?#]*\.(?:md|mdx|markdown))\/?([?#].*)?$/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Rewrites relative `.md` links to the built pages' URLs. */
export function remarkCourseLinks(options: CourseLinksOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    walk(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      const match = MARKDOWN_TARGET.exec(link.url);
      if (!match || HAS_SCHEME.test(link.url) || link.url.startsWith('/')) return;
      const target = resolveTarget(match[1]!, file.path, options.contentDir);
      if (!target) {
        warn(
          file,
          link,
          `Link "${link.url}" points outside the content folder. Link to a lesson inside it.`,
          'course-links',
        );
        return;
      }
      if (!existsSync(path.join(options.contentDir, target))) {
        warn(
          file,
          link,
          `Link "${link.url}" points to ${target}, which does not exist. Fix the path or create the lesson.`,
          'course-links',
        );
      }
      const suffix = match[2] ?? '';
      link.url =
        pageHref(
          slugFromFile(target, { keepOrderPrefixes: options.keepOrderPrefixes }),
          options.base,
        ) + suffix.replace(/^\?[^#]*/, '');
    });
  };
}

/** The target's path relative to the content folder, or undefined when it escapes it. */
function resolveTarget(url: string, fromFile: string, contentDir: string): string | undefined {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A stray % stays as written.
  }
  const absolute = path.resolve(path.dirname(fromFile), decoded.normalize('NFC'));
  const relative = path.relative(contentDir, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
