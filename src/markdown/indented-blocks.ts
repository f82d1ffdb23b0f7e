/**
 * Python-Markdown's indented blocks (admonitions `!!! note`, details `??? tip`, content tabs
 * `=== "Linux"`) for remark. CommonMark reads their bodies as lazy paragraph lines or indented
 * code, so the plugins find the marker line in the tree, take the block's lines from the source
 * (the marker's indentation + 4 columns, a TAB counting as 4, blank lines included), strip that
 * indentation, and parse the body again with the same parser, recursively.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';

export interface IndentedBlock {
  /** The marker line's match. */
  match: RegExpExecArray;
  /** The body, parsed. */
  children: RootContent[];
  /** Line numbers (1-based) of the marker and the last body line. */
  start: number;
  end: number;
}

/** The columns a line is indented by, TABs counting to the next multiple of 4. */
function indentOf(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** Removes `columns` of indentation, expanding TABs as Python-Markdown does. */
function dedent(line: string, columns: number): string {
  let seen = 0;
  let index = 0;
  while (index < line.length && seen < columns) {
    const char = line[index];
    if (char === ' ') seen++;
    else if (char === '\t') seen += 4 - (seen % 4);
    else break;
    index++;
  }
  return ' '.repeat(Math.max(0, seen - columns)) + line.slice(index);
}

/**
 * Replaces, in every parent of `tree`, each run of nodes that starts with a paragraph whose first
 * line matches `marker` by what `build` makes of the block. `source` is the text the tree was
 * parsed from. Blocks inside blockquotes are left alone (their lines carry `>` markers).
 */
export interface BlockKind {
  /** Matches the marker line, indentation removed. */
  marker: RegExp;
  /** The nodes that replace the block. */
  build: (block: IndentedBlock) => RootContent[];
}

/**
 * Replaces every block of the given kinds, at any depth. All kinds are handled in one walk, and
 * each body is parsed again for all of them, so an admonition inside a tab inside an admonition
 * comes out as written.
 */
export function transformIndentedBlocks(
  tree: Root,
  source: string,
  processor: Processor,
  kinds: BlockKind[],
): void {
  const lines = source.split(/\r?\n/);
  const lineStarts = [0];
  for (const line of lines) lineStarts.push(lineStarts.at(-1)! + line.length + 1);
  const walk = (parent: Parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i]! as Nodes;
      if (node.type === 'blockquote' || node.type === 'code' || node.type === 'html') continue;
      const start = node.position?.start.line;
      if (node.type !== 'paragraph' || start === undefined) {
        if ('children' in node) walk(node as Parent);
        continue;
      }
      const markerLine = lines[start - 1] ?? '';
      let match: RegExpExecArray | null = null;
      const kind = kinds.find(
        (candidate) => (match = candidate.marker.exec(markerLine.trimStart())),
      );
      if (!kind || !match) {
        walk(node);
        continue;
      }
      const base = indentOf(markerLine);
      let end = start;
      for (let n = start + 1; n <= lines.length; n++) {
        const line = lines[n - 1]!;
        if (line.trim() === '') continue;
        if (indentOf(line) < base + 4) break;
        end = n;
      }
      const body = lines
        .slice(start, end)
        .map((line) => dedent(line, base + 4))
        .join('\n');
      const parsed = processor.parse(body) as Root;
      transformIndentedBlocks(parsed, body, processor, kinds);
      shiftLines(parsed, start, lineStarts, base + 4);
      // Siblings that began inside the block belong to it; a lazy paragraph line may run past it.
      let last = i;
      while (
        last + 1 < parent.children.length &&
        (parent.children[last + 1]!.position?.start.line ?? Infinity) <= end
      ) {
        last++;
      }
      const tail = restAfter(lines, lineStarts, parent.children[last]!, end, base, processor);
      const built = kind.build({ match, children: parsed.children, start, end });
      parent.children.splice(i, last - i + 1, ...built, ...tail);
      i += built.length - 1;
    }
  };
  walk(tree);
}

/** Lines of the last swallowed node that come after the block (lazy continuation), parsed again. */
function restAfter(
  lines: string[],
  lineStarts: number[],
  node: RootContent,
  end: number,
  base: number,
  processor: Processor,
): RootContent[] {
  const last = node.position?.end.line ?? end;
  if (last <= end) return [];
  const text = lines
    .slice(end, last)
    .map((line) => dedent(line, base))
    .join('\n');
  const parsed = processor.parse(text) as Root;
  shiftLines(parsed, end, lineStarts, base);
  return parsed.children;
}

/** Makes positions of a re-parsed body point at the lines (and, roughly, the offsets) of the file. */
function shiftLines(tree: Root, offset: number, lineStarts: number[], indent: number): void {
  const move = (point: { line: number; column: number; offset?: number | undefined }) => {
    point.line += offset;
    point.offset = (lineStarts[point.line - 1] ?? 0) + point.column - 1 + indent;
  };
  const visit = (node: Nodes) => {
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
}
