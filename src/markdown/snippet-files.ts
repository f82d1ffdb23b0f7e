/**
 * The text half of remark-snippets: PyMdown's `--8<--` lines replaced by the files they name,
 * before anything is parsed. Each output line keeps the lesson line it stands for (see LineOrigin
 * in report.ts), so messages about included text still point at the lesson.
 *
 *   --8<-- "app.py:3:5"          lines 3 to 5 (`::5` from the start, `3:` to the end, `1:2,7:9`)
 *   --8<-- 'guia.md:instalar'    the lines between `--8<-- [start:instalar]` and `[end:instalar]`
 *   --8<--                       a list of files, one a line (`;` comments one out)
 *   a.md
 *   --8<--
 *   ;--8<-- "a.md"               escaped: shows as `--8<-- "a.md"`
 *
 * Included lines take the indentation of the `--8<--` line, as in PyMdown, so a snippet lands
 * inside the admonition, tab, list or code fence it was written in. A line that cannot be
 * included is kept as written and reported.
 */
import path from 'node:path';
import type { LineOrigin } from './report';
import {
  readSnippet,
  resolveSnippet,
  SECTION,
  selectRanges,
  selectSection,
} from './snippet-sources';

export interface SnippetContext {
  /** Absolute folders a snippet path is tried against, in order. */
  bases: string[];
  /** Absolute folders no snippet may come from outside of. */
  allowed: string[];
  /** Files appended to the page, as PyMdown's auto_append. */
  append: string[];
  /** How deep snippets may include snippets. */
  maxDepth: number;
}

export interface Line {
  text: string;
  origin: LineOrigin;
}

/** A line kept as written, at `index` of the output, and why. */
export interface Problem {
  index: number;
  column: number;
  reason: string;
}

const INLINE = /^([ \t]*)(;*)-+8<-+[ \t]+("(?:\\"|[^"])+?"|'(?:\\'|[^'])+?')[ \t]*$/;
const BLOCK = /^([ \t]*)(;*)-+8<-+[ \t]*$/;
const UNQUOTED = /^[ \t]*-+8<-+[ \t]+[^\s["']/;
const TARGET = /^(.*?)(?::(-?\d*(?::-?\d*)?(?:,-?\d*(?::-?\d*)?)*)|:([a-z][-_0-9a-z]*))?$/i;
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Whether the text may hold snippet lines at all (a cheap test before the real work). */
export function mayHaveSnippets(text: string): boolean {
  return /^[ \t]*;*-+8<-+/m.test(text);
}

/** Expands every snippet line of `source`; `origin` lines are the lesson's own. */
export function expandSnippets(
  source: string,
  context: SnippetContext,
): { lines: Line[]; problems: Problem[] } {
  const input: Line[] = source.split(/\r?\n/).map((text, i) => ({ text, origin: { line: i + 1 } }));
  if (context.append.length > 0) {
    // PyMdown appends a block of the files; here each gets an inline line of its own.
    const origin = { line: input.length };
    input.push({ text: '', origin });
    for (const file of context.append)
      input.push({ text: `--8<-- "${file}"`, origin }, { text: '', origin });
  }
  const state = { context, out: [] as Line[], problems: [] as Problem[] };
  expandLines(input, state, [], '');
  return { lines: state.out, problems: state.problems };
}

interface State {
  context: SnippetContext;
  out: Line[];
  problems: Problem[];
}

function expandLines(lines: Line[], state: State, stack: string[], prefix: string): void {
  const keep = (line: Line, text = line.text) =>
    state.out.push({ text: prefix + text, origin: line.origin });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inline = INLINE.exec(line.text);
    const block = BLOCK.exec(line.text);
    const section = SECTION.exec(line.text);
    if ((inline ?? block ?? section)?.[2]) {
      // Escaped with `;`: one `;` goes, the rest shows as written.
      keep(line, line.text.replace(';', ''));
    } else if (inline) {
      include(inline[3]!.slice(1, -1).trim(), inline[1]!, line, state, stack, prefix);
    } else if (block) {
      const close = lines.findIndex((other, j) => j > i && BLOCK.exec(other.text)?.[2] === '');
      if (close === -1) {
        const reason =
          'This `--8<--` opens a list of snippets that never closes. Add a `--8<--` line after the last file.';
        problem(state, prefix, block[1]!, reason);
        keep(line);
        continue;
      }
      for (const entry of lines.slice(i + 1, close)) {
        const name = entry.text.trim();
        if (name === '') keep(entry, '');
        else if (!name.startsWith(';') && !INLINE.test(entry.text)) {
          include(name, /^[ \t]*/.exec(entry.text)![0], entry, state, stack, prefix);
        }
      }
      i = close;
    } else if (!section) {
      // Section markers never show; anything else is kept, with a hint when it looks like a typo.
      if (UNQUOTED.test(line.text)) {
        const reason =
          'This looks like a snippet, but its path has no quotes. Write --8<-- "path/to/file".';
        problem(state, prefix, /^[ \t]*/.exec(line.text)![0], reason);
      }
      keep(line);
    }
  }
}

/** Puts a file's lines (or, when it cannot, the line as written and a problem) into the output. */
function include(
  spec: string,
  space: string,
  line: Line,
  state: State,
  stack: string[],
  prefix: string,
): void {
  if (spec.startsWith(';')) return;
  const { context } = state;
  const fail = (reason: string) => {
    problem(state, prefix, space, reason);
    state.out.push({ text: prefix + line.text, origin: line.origin });
  };
  if (REMOTE.test(spec)) {
    return fail(
      `Snippet "${spec}" is a URL: remote snippets are never fetched. Copy the file into the project and include it by its path.`,
    );
  }
  const [, target = '', ranges, sectionName] = TARGET.exec(spec)!;
  const found = resolveSnippet(target.trim(), context.bases, context.allowed);
  if (typeof found !== 'string') {
    const bases = context.bases.map(relative).join(', ');
    return fail(
      found.escapes
        ? `Snippet "${target}" is outside the project. Include only files inside the project or the content folder.`
        : `Snippet "${target}" not found in ${bases}. Fix the path or add the file.`,
    );
  }
  if (stack.includes(found)) {
    const loop = [...stack, found].map(relative).join(' -> ');
    return fail(`Snippet "${target}" includes itself (${loop}). Remove the loop.`);
  }
  if (stack.length >= context.maxDepth) {
    return fail(
      `Snippet "${target}" is nested deeper than the limit of ${context.maxDepth}. Include it from a shallower file.`,
    );
  }
  let all: string[];
  try {
    all = readSnippet(found);
  } catch (error) {
    return fail(`Snippet "${target}" could not be read (${(error as Error).message}).`);
  }
  const lines = ranges
    ? selectRanges(all, ranges)
    : sectionName
      ? selectSection(all, sectionName)
      : all;
  if (lines.length === 0 && ranges) {
    return fail(
      `Lines ${ranges} of snippet "${target}" select nothing: it has ${all.length} lines. Fix the range.`,
    );
  }
  if (lines.length === 0 && sectionName) {
    return fail(
      `Snippet "${target}" has no section "${sectionName}". Mark it with --8<-- [start:${sectionName}] and --8<-- [end:${sectionName}].`,
    );
  }
  const file = relative(found);
  const included = lines.map((text, n) => ({
    text,
    origin: { line: line.origin.line, snippet: { file, line: n + 1 } },
  }));
  expandLines(included, state, [...stack, found], prefix + space);
}

function problem(state: State, prefix: string, space: string, reason: string): void {
  state.problems.push({
    index: state.out.length,
    column: prefix.length + space.length + 1,
    reason,
  });
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || '.';
}
