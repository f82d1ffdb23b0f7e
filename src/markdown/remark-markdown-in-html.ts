/**
 * Python-Markdown's md_in_html: an HTML block whose opening tag has a `markdown` attribute holds
 * Markdown, as MkDocs Material's grids, figures and side-by-side layouts do.
 *
 *   <div class="grid cards" markdown>       <div class="grid cards"><ul>
 *   - **Docker**: contêineres         ->      <li><strong>Docker</strong>: contêineres</li>
 *   </div>                                  </ul></div>
 *
 * `markdown`, `markdown="1"` and `markdown="block"` read the content as blocks; `markdown="span"`,
 * and `markdown="1"` on p, h1-h6, summary, li, dt, dd, td, th, legend and address, read it as
 * inline text. Such tags nest; the attribute never reaches the page; HTML without it stays raw.
 *
 * CommonMark ends an HTML block at a blank line and starts another at `</div>`, so the content
 * arrives split between raw HTML nodes (lines right after a tag) and Markdown nodes (after a
 * blank line). Both are read as one stream of tags and nodes. That happens inside the parser, so
 * the bodies that admonitions and tabs parse again get it too, and `!!! tip` inside a grid is an
 * admonition. A block without its closing tag ends with its parent, with a warning.
 */
import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Html, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { Point } from 'unist';
import { walk } from './walk';
import type { VFile } from 'vfile';
import { container, type CourseContainer } from './course-container';
import { warn } from './report';

const TAG =
  /<(\/?)([a-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/gi;
const MARKDOWN = /\smarkdown(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?(?=[\s/>]|$)/i;
const OPENER = /^[ \t]*<[a-z][\w-]*\s[^>]*\bmarkdown\b/im;
/** Raw blocks whose text is never markup: a `<div markdown>` line in them is just text. */
const VERBATIM = /^\s*<(?:!--|pre\b|script\b|style\b|textarea\b)/i;
const SPAN_TAGS = /^(p|h[1-6]|summary|li|dt|dd|td|th|legend|address)$/;
const BLOCK_PARENTS = new Set([
  'list',
  'listItem',
  'blockquote',
  'footnoteDefinition',
  'courseContainer',
]);

/** Containers whose closing tag never came, for the warning after parsing. */
const unclosed = new WeakSet<CourseContainer>();

interface Frame {
  tag: string;
  properties: Properties;
  span: boolean;
  /** Columns before the opening tag: the content's own indentation. */
  indent: number;
  /** Open tags of the same name inside, so their closing tags are not taken for this one's. */
  depth: number;
  children: RootContent[];
  start: Point | undefined;
}

/** Reads Markdown inside HTML blocks marked `markdown`; warns about unclosed ones. */
export function remarkMarkdownInHtml(this: Processor) {
  const parser = this.parser;
  if (parser) {
    const parse = (doc: string, file: VFile): Root => {
      const tree = parser(doc, file) as Root;
      group(tree, (text) => parse(text, file));
      return tree;
    };
    this.parser = parse;
  }
  return (tree: Root, file: VFile) => {
    walk(tree, 'courseContainer', (node) => {
      if (!unclosed.has(node)) return;
      const tag = String(node.data?.hName);
      const reason = `<${tag} markdown> has no closing </${tag}>: it ends with the block around it. Add </${tag}> where it should end.`;
      warn(file, node, reason, 'markdown-in-html');
    });
  };
}

/** Turns each marked tag among `parent`'s children, to its closing tag, into one container. */
function group(parent: Parent, parse: (text: string) => Root): void {
  for (const child of parent.children) {
    if (BLOCK_PARENTS.has(child.type)) group(child as Parent, parse);
  }
  if (!parent.children.some((child) => child.type === 'html' && OPENER.test(child.value))) return;
  const out: RootContent[] = [];
  const stack: Frame[] = [];
  const emit = (node: RootContent) => (stack.at(-1)?.children ?? out).push(node);
  for (const node of parent.children) {
    const verbatim = node.type !== 'html' || VERBATIM.test(node.value);
    if (!verbatim && (stack.length > 0 || OPENER.test(node.value))) {
      readHtml(node, stack, emit, parse);
    } else emit(node);
  }
  while (stack.length > 0) closeFrame(stack, emit, out.at(-1)?.position?.end, false);
  parent.children = out;
}

/** Walks one raw HTML node: marked tags open and close frames, the text between is parsed. */
function readHtml(
  node: Html,
  stack: Frame[],
  emit: (node: RootContent) => void,
  parse: (text: string) => Root,
): void {
  const { value } = node;
  let last = 0;
  const flush = (end: number) => {
    const text = value.slice(last, end);
    if (text.trim() === '') return;
    const frame = stack.at(-1);
    if (!frame) {
      const position = node.position && structuredClone(node.position);
      emit({ type: 'html', value: text.replace(/^\n+|\n+$/g, ''), position });
    } else {
      const start = {
        line: (node.position?.start.line ?? 1) + value.slice(0, last).split('\n').length - 1,
        offset: (node.position?.start.offset ?? 0) + last,
      };
      for (const child of parseAt(text, start, frame.indent, parse)) emit(child);
    }
  };
  const comments = [...value.matchAll(/<!--[\s\S]*?(?:-->|$)/g)];
  const inComment = (index: number) =>
    comments.some((comment) => index > comment.index && index < comment.index + comment[0].length);
  for (const tag of value.matchAll(TAG)) {
    if (inComment(tag.index)) continue;
    const [whole, slash, rawName, attributes, selfClosing] = tag;
    const name = rawName!.toLowerCase();
    const before = value.slice(0, tag.index);
    const top = stack.at(-1);
    const mode = slash ? undefined : markdownMode(name, attributes!);
    if (mode && (top || /(^|\n)[ \t]*$/.test(before))) {
      flush(tag.index);
      stack.push({
        tag: name,
        properties: propertiesOf(attributes!),
        span: mode === 'span',
        indent: columns(/[ \t]*$/.exec(before)![0]),
        depth: 0,
        children: [],
        start: node.position?.start,
      });
      last = tag.index + whole.length;
    } else if (top && name === top.tag && !selfClosing) {
      if (!slash) top.depth++;
      else if (top.depth > 0) top.depth--;
      else {
        flush(tag.index);
        closeFrame(stack, emit, node.position?.end, true);
        last = tag.index + whole.length;
      }
    }
  }
  flush(value.length);
}

function closeFrame(
  stack: Frame[],
  emit: (node: RootContent) => void,
  end: Point | undefined,
  closed: boolean,
): void {
  const frame = stack.pop()!;
  const children = frame.span ? inline(frame.children) : frame.children;
  const node = container(frame.tag, frame.properties, children);
  // Copies: parseAt moves every point it finds, and must not find one twice.
  if (frame.start && end) node.position = { start: { ...frame.start }, end: { ...end } };
  if (!closed) unclosed.add(node);
  emit(node);
}

/** `block`, `span`, or undefined when the tag has no (usable) `markdown` attribute. */
function markdownMode(tag: string, attributes: string): 'block' | 'span' | undefined {
  const match = MARKDOWN.exec(attributes);
  if (!match) return undefined;
  const value = (match[1] ?? match[2] ?? match[3] ?? '1').toLowerCase();
  if (value === 'block' || value === 'span') return value;
  if (value !== '1') return undefined;
  return SPAN_TAGS.test(tag) ? 'span' : 'block';
}

/** hast properties of the tag's attributes, `markdown` left out. */
function propertiesOf(attributes: string): Properties {
  const tree = fromHtml(`<div${attributes.replace(MARKDOWN, '')}></div>`, { fragment: true });
  return (tree.children[0] as Element).properties;
}

/** Parses text that starts at `at` in the page, moving its positions there (offsets roughly). */
function parseAt(
  text: string,
  at: { line: number; offset: number },
  indent: number,
  parse: (text: string) => Root,
) {
  const body = text
    .split('\n')
    .map((row) => row.replace(new RegExp(`^[ \\t]{0,${indent}}`), ''))
    .join('\n');
  const tree = parse(body);
  const move = (point: Point) => {
    point.line += at.line - 1;
    point.column += indent;
    point.offset = at.offset + (point.offset ?? 0);
  };
  walk(tree as Nodes, undefined, (node) => {
    if (!node.position || node === tree) return;
    move(node.position.start);
    move(node.position.end);
  });
  return tree.children;
}

/** Paragraphs' contents in a row, for tags read as inline text. */
function inline(children: RootContent[]): RootContent[] {
  return children.flatMap((child, i) => {
    if (child.type !== 'paragraph') return [child];
    const gap: PhrasingContent[] = i > 0 ? [{ type: 'text', value: '\n' }] : [];
    return [...gap, ...child.children];
  });
}

function columns(space: string): number {
  let count = 0;
  for (const char of space) count += char === '\t' ? 4 - (count % 4) : 1;
  return count;
}
