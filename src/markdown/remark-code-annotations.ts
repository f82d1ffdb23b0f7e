/**
 * MkDocs Material code annotations: a marker comment in a code block, explained by the numbered
 * list right after the block.
 *
 *   ```yaml                  <course-annotations class="annotated-code">
 *   image: nginx # (1)!        <figure class="code-block">…image: nginx<a class="code-annotation"
 *   ```                  ->      href="#anotacao-1-1" aria-label="Anotação 1">1</a>…</figure>
 *                              <ol class="code-annotations"><li id="anotacao-1-1">A imagem…</li></ol>
 *   1. A imagem.             </course-annotations>
 *
 * A marker is a comment that holds only `(n)` at the end of a line: `# (1)`, `// (2)`, `-- (3)`,
 * `; (4)`, `% (5)`, `<!-- (6) -->` or a C block comment. `(n)` becomes a link to item n of the
 * list; with `(n)!` the whole comment goes, as in Material. The list stays visible under the
 * block, so the page reads without JavaScript; <course-annotations>
 * (src/client/course-annotations.ts) opens a note next to its marker. A marker without a list item
 * stays as written and warns; a list after a block without markers is just a list. Markers are
 * found by their text, not by the highlighter's comment tokens, hence the end-of-line rule. The
 * copy button leaves the markers out.
 */
import type { Code, List, Root } from 'mdast';
import { SKIP, walk } from './walk';
import type { VFile } from 'vfile';
import { container } from './course-container';
import { warn } from './report';

const MARKER =
  /(?<lead>[ \t]*)(?<open>#|\/\/|--|;|%|\/\*|<!--)[ \t]*\((?<n>\d+)\)(?<bang>!)?[ \t]*(?<close>\*\/|-->)?[ \t]*$/;
const CLOSERS: Record<string, string | undefined> = { '/*': '*/', '<!--': '-->' };
/** The code-block meta key that carries the markers to shiki-code-annotations.ts. */
export const META_KEY = 'annotations';

interface Marker {
  /** 0-based line and column of the marker in the code as it is highlighted. */
  line: number;
  column: number;
  n: number;
}

/** Links annotation markers in code blocks to the numbered list under each block. */
export function remarkCodeAnnotations() {
  return (tree: Root, file: VFile) => {
    if (!/\(\d+\)/.test(String(file.value))) return;
    let blocks = 0;
    walk(tree, 'code', (node, index, parent) => {
      if (!parent || index === undefined || node.lang === 'mermaid') return;
      const lines = node.value.split('\n');
      const found = lines.map((line) => matchMarker(line));
      if (!found.some(Boolean)) return;
      const next = parent.children[index + 1];
      const list = next?.type === 'list' && next.ordered ? next : undefined;
      const block = blocks + 1;
      const markers: Marker[] = [];
      found.forEach((match, line) => {
        if (!match) return;
        const n = Number(match.groups!.n);
        if (!list || n < 1 || n > list.children.length) {
          warnMissing(file, node, line, n, list);
          return;
        }
        const { text, column } = stripMarker(lines[line]!, match);
        lines[line] = text;
        markers.push({ line, column, n });
      });
      if (!list || markers.length === 0) return;
      blocks = block;
      node.value = lines.join('\n');
      const encoded = markers.map((m) => `${m.line}:${m.column}:${m.n}`).join(' ');
      node.meta = [node.meta, `${META_KEY}="${block} ${encoded}"`].filter(Boolean).join(' ');
      markNotes(list, block);
      parent.children.splice(
        index,
        2,
        container('course-annotations', { className: ['annotated-code'] }, [node, list]),
      );
      return [SKIP, index + 1];
    });
  };
}

/** The id of note n of the block-th annotated block on the page. */
export function noteId(block: number, n: number): string {
  return `anotacao-${block}-${n}`;
}

function matchMarker(line: string): RegExpExecArray | undefined {
  const match = MARKER.exec(line);
  if (!match) return undefined;
  const { open, close } = match.groups!;
  return CLOSERS[open!] === close ? match : undefined;
}

/** The line without `(n)`, or without the whole comment for `(n)!`, and where the marker goes. */
function stripMarker(line: string, match: RegExpExecArray): { text: string; column: number } {
  if (!match.groups!.bang) {
    const at = line.indexOf(`(${match.groups!.n})`, match.index);
    return {
      text: line.slice(0, at) + line.slice(at + match.groups!.n!.length + 2),
      column: at,
    };
  }
  const before = line.slice(0, match.index);
  // A comment alone on its line keeps the line's indentation.
  const text =
    before.trim() === '' ? line.slice(0, match.index + match.groups!.lead!.length) : before;
  return { text, column: text.length };
}

function markNotes(list: List, block: number): void {
  list.data = { ...list.data, hProperties: { className: ['code-annotations'] } };
  list.children.forEach((item, i) => {
    item.data = { ...item.data, hProperties: { id: noteId(block, i + 1) } };
  });
}

function warnMissing(file: VFile, node: Code, line: number, n: number, list: List | undefined) {
  const start = node.position?.start;
  const source = start ? (String(file.value).split(/\r?\n/)[start.line - 1] ?? '') : '';
  const fenced = /^[ \t>]*(`{3,}|~{3,})/.test(source);
  const place = start && {
    type: 'code',
    position: {
      start: { line: start.line + line + (fenced ? 1 : 0), column: start.column },
      end: { line: start.line + line + (fenced ? 1 : 0), column: start.column },
    },
  };
  const why = list
    ? `the numbered list after the block has ${list.children.length} item(s)`
    : 'no numbered list follows the block';
  warn(
    file,
    place ?? node,
    `Code annotation (${n}) has no note: ${why}, so it shows as typed. Put note ${n} in a numbered list right after the code block.`,
    'code-annotations',
  );
}
