/**
 * CriticMarkup, as PyMdown's Critic extension shows it (view mode): editing marks read as marks.
 *
 *   {++novo++}  {--velho--}  {~~velho~>novo~~}  {==destaque==}  {>>comentário<<}
 *   -> <ins class="critic">novo</ins>  <del class="critic">velho</del>
 *      <del class="critic">velho</del><ins class="critic">novo</ins>
 *      <mark class="critic">destaque</mark>  <span class="critic-comment">comentário</span>
 *
 * A mark may wrap other inline Markdown (`{++um **novo** passo++}`, a link, a code span) as long
 * as it opens and closes in the same paragraph, heading or table cell. Code spans and code blocks
 * are left as written. An opener without its closer stays as text and warns; a lone closer
 * (`i++}`) is just text. Marks spanning several paragraphs are not read.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { walk } from './walk';
import type { VFile } from 'vfile';
import { warn } from './report';

const OPENERS = {
  '{++': '++}',
  '{--': '--}',
  '{~~': '~~}',
  '{==': '==}',
  '{>>': '<<}',
} as const;
type Opener = keyof typeof OPENERS;
const TAGS: Record<Opener, string> = {
  '{++': 'ins',
  '{--': 'del',
  '{~~': 'del',
  '{==': 'mark',
  '{>>': 'span',
};
const MARKS = /\{\+\+|\{--|\{~~|\{==|\{>>|\+\+\}|--\}|~~\}|==\}|<<\}|~>/g;
const OPENING = /\{(?:\+\+|--|~~|==|>>)|\{$/;
const SEPARATOR = '~>';
const ARROW = `"${SEPARATOR}" between the old and new text`;

/** A run of a paragraph's content: inline nodes, with the critic marks cut out of the text. */
type Piece = { node: PhrasingContent } | { mark: string; at: Text; offset: number };

/** Turns CriticMarkup into ins, del, mark and comment elements. */
export function remarkCritic() {
  return (tree: Root, file: VFile) => {
    if (!/\{(?:\+\+|--|~~|==|>>)/.test(String(file.value))) return;
    walk(tree, undefined, (node) => {
      if (!('children' in node) || !node.children.some(isText)) return;
      const parent = node as Parent & { children: PhrasingContent[] };
      // An opener, or the `{` before a strikethrough that may be a substitution.
      if (!parent.children.some((child) => isText(child) && OPENING.test(child.value))) return;
      parent.children = rewrite(pieces(joinText(unwrapStrikethrough(parent.children, file))), file);
    });
  };
}

/**
 * GFM reads `{~~a~>b~~}` as `{`, strikethrough, `}`: gives the tildes back. Without `~>` it is no
 * substitution, so the strikethrough stays (as PyMdown's tilde would draw it), with a warning.
 */
function unwrapStrikethrough(children: PhrasingContent[], file: VFile): PhrasingContent[] {
  return children.flatMap((child, i) => {
    const before = children[i - 1];
    const after = children[i + 1];
    const framed =
      child.type === 'delete' &&
      isText(before) &&
      before.value.endsWith('{') &&
      isText(after) &&
      after.value.startsWith('}');
    if (!framed) return [child];
    if (!child.children.some((part) => isText(part) && part.value.includes(SEPARATOR))) {
      const at = before.value.length - 1;
      warn(file, place({ mark: '{~~', at: before, offset: at }), problem('{~~', ARROW), 'critic');
      return [child];
    }
    return [text('~~', child), ...child.children, text('~~', child)];
  });
}

/** Merges neighbouring text nodes, so a mark split by a plugin above reads as one. */
function joinText(children: PhrasingContent[]): PhrasingContent[] {
  const joined: PhrasingContent[] = [];
  for (const child of children) {
    const last = joined.at(-1);
    if (isText(child) && isText(last)) {
      joined[joined.length - 1] = {
        type: 'text',
        value: last.value + child.value,
        ...(last.position && {
          position: { start: last.position.start, end: (child.position ?? last.position).end },
        }),
      };
    } else joined.push(child);
  }
  return joined;
}

function pieces(children: PhrasingContent[]): Piece[] {
  const result: Piece[] = [];
  for (const child of children) {
    if (!isText(child)) {
      result.push({ node: child });
      continue;
    }
    const marks = [...child.value.matchAll(MARKS)];
    if (marks.length === 0) {
      result.push({ node: child });
      continue;
    }
    let from = 0;
    for (const match of marks) {
      if (match.index > from) result.push({ node: text(child.value.slice(from, match.index)) });
      result.push({ mark: match[0], at: child, offset: match.index });
      from = match.index + match[0].length;
    }
    if (from < child.value.length) result.push({ node: text(child.value.slice(from)) });
  }
  return result;
}

function rewrite(list: Piece[], file: VFile): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < list.length; i++) {
    const piece = list[i]!;
    if ('node' in piece) {
      out.push(piece.node);
      continue;
    }
    const found = closing(list, i);
    if (typeof found === 'string') {
      warn(file, place(piece), problem(piece.mark, found), 'critic');
    }
    if (!found || typeof found === 'string') {
      out.push(text(piece.mark));
      continue;
    }
    const inner = list.slice(i + 1, found.end);
    if (piece.mark === '{~~') {
      out.push(element('del', plain(inner.slice(0, found.split))));
      out.push(element('ins', plain(inner.slice(found.split + 1))));
    } else {
      out.push(element(TAGS[piece.mark as Opener], plain(inner)));
    }
    i = found.end;
  }
  return joinText(out);
}

/**
 * Where the mark opened at `i` closes (and, for a substitution, where `~>` is); what is missing if
 * it does not; undefined if the piece is no opener at all (a lone closer or arrow).
 */
function closing(list: Piece[], i: number): { end: number; split: number } | string | undefined {
  const closer = OPENERS[(list[i] as { mark: string }).mark as Opener];
  if (!closer) return undefined;
  const isMark = (p: Piece | undefined, mark: string) => !!p && 'mark' in p && p.mark === mark;
  const end = list.findIndex((p, j) => j > i && isMark(p, closer));
  if (end < 0) return `closing "${closer}"`;
  if (closer !== '~~}') return { end, split: -1 };
  const split = list.slice(i + 1, end).findIndex((p) => isMark(p, SEPARATOR));
  return split < 0 ? ARROW : { end, split };
}

function problem(mark: string, missing: string): string {
  return `CriticMarkup "${mark}" has no ${missing} in this paragraph, so it shows as typed. Close it, or write the brace as \\{ if it is text.`;
}

/** The content of a mark: marks inside it are text (Critic does not nest). */
function plain(list: Piece[]): PhrasingContent[] {
  return joinText(list.map((p) => ('node' in p ? p.node : text(p.mark))));
}

function element(tag: string, children: PhrasingContent[]): PhrasingContent {
  const className = tag === 'span' ? ['critic-comment'] : ['critic'];
  return { type: 'emphasis', data: { hName: tag, hProperties: { className } }, children };
}

/** Where a mark sits: its text node's line, plus the line breaks before it. */
function place(piece: Extract<Piece, { mark: string }>) {
  const start = piece.at.position?.start;
  if (!start) return piece.at;
  const before = piece.at.value.slice(0, piece.offset);
  const breaks = before.split('\n').length - 1;
  const column = breaks ? before.length - before.lastIndexOf('\n') : start.column + piece.offset;
  const point = { line: start.line + breaks, column };
  return { type: 'text', position: { start: point, end: point } };
}

function text(value: string, from?: { position?: Text['position'] }): Text {
  return { type: 'text', value, ...(from?.position && { position: from.position }) };
}

function isText(node: unknown): node is Text {
  return (node as Text | undefined)?.type === 'text';
}
