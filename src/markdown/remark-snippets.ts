/**
 * PyMdown's snippets: a `--8<--` line is replaced by a file's text before the page is read, so
 * an included .md renders as Markdown and a line inside a code fence fills the fence.
 *
 *   ```toml title="pyproject.toml"          <pre><code>[tool.ruff]
 *   --8<-- "codigo/pyproject.toml:22:25"  ->  line-length = 79 … (lines 22 to 25 of the file)
 *   ```                                       </code></pre>
 *
 * Syntax (line ranges, sections, the block form, `;` escapes) is in snippet-files.ts. A path is
 * tried against each base path in turn and must stay inside the project or the content folder.
 * A missing file, a path outside the project, a URL (never fetched), a loop or nesting past
 * `maxDepth` gets a warning at the lesson's line, and the `--8<--` line stays on the page as text.
 * Messages about included text point at the `--8<--` line and name the snippet's own line.
 *
 * Options mirror mkdocs.yml's `pymdownx.snippets` and are set once, before building:
 *
 *   setSnippetOptions({ basePaths: ['docs', 'includes'], autoAppend: ['includes/abbr.md'] })
 *
 * `basePaths` is `base_path`, `autoAppend` is `auto_append` (both relative to `root`, where
 * mkdocs.yml lives); `lessonFolder` also tries the lesson's own folder, after the base paths.
 * Snippet files inside content/ belong in a folder starting with `_`, or they become lessons too.
 * Astro's content cache keys a lesson by its own text: after editing only a snippet, clear the
 * cache (ASTRO_CACHE_DIR) to see the change.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { contentDir } from '../course/config';
import { LINE_ORIGINS_KEY } from './report';
import type { SourceStep } from './remark-source-preprocess';
import { expandSnippets, mayHaveSnippets, type SnippetContext } from './snippet-files';

export interface SnippetsOptions {
  /** Where relative paths start and what "inside the project" means: mkdocs.yml's folder. */
  root: string;
  /** Folders tried in order for a snippet path (`base_path`). */
  basePaths: string[];
  /** Whether the lesson's own folder is tried too, after `basePaths`. */
  lessonFolder: boolean;
  /** Files added at the end of every page (`auto_append`). */
  autoAppend: string[];
  /** How deep snippets may include snippets. */
  maxDepth: number;
}

/** PyMdown's default base path "." (the folder mkdocs runs in) plus the content folder. */
const DEFAULT_OPTIONS: SnippetsOptions = {
  root: process.cwd(),
  basePaths: ['.', path.resolve(contentDir)],
  lessonFolder: true,
  autoAppend: [],
  maxDepth: 10,
};

let options = DEFAULT_OPTIONS;

/** Sets the snippet options (unset ones take their defaults); returns the previous ones. */
export function setSnippetOptions(next: Partial<SnippetsOptions>): SnippetsOptions {
  const previous = options;
  options = { ...DEFAULT_OPTIONS, ...next };
  return previous;
}

/**
 * A text step before parsing (remark-source-preprocess.ts), after mkdocs-macros as in MkDocs:
 * `--8<--` lines are replaced by the files they name, so the page is parsed once, included text
 * and all. Each line keeps where it came from (LINE_ORIGINS_KEY) for messages.
 */
export const snippetsStep: SourceStep = {
  name: 'snippets',
  run(source, { file, report }) {
    if (!mayHaveSnippets(source) && options.autoAppend.length === 0) return undefined;
    const { lines, problems } = expandSnippets(source, contextFor(file));
    for (const { index, column, reason } of problems) {
      const origin = lines[index]?.origin ?? { line: index + 1 };
      const { snippet } = origin;
      report(snippet ? `In snippet ${snippet.file}:${snippet.line}: ${reason}` : reason, {
        line: origin.line,
        column: snippet ? 1 : column,
      });
    }
    const text = lines.map((line) => line.text).join('\n');
    if (text === source) return undefined;
    file.data[LINE_ORIGINS_KEY] = lines.map((line) => line.origin);
    return { text, lines: lines.map((line) => line.origin.line) };
  },
};

function contextFor(file: VFile): SnippetContext {
  const root = path.resolve(options.root);
  const bases = options.basePaths.map((base) => path.resolve(root, base));
  if (options.lessonFolder && file.path) bases.push(path.dirname(path.resolve(file.path)));
  return {
    bases,
    allowed: [root, path.resolve(contentDir), ...bases],
    append: options.autoAppend,
    maxDepth: options.maxDepth,
  };
}
