/**
 * Python-Markdown's attr_list, in the spellings MkDocs authors use:
 *
 *   [Docs](https://docs.docker.com){:target="_blank"}      ->  <a href=… target="_blank">
 *   ![Diagrama](img.png){ loading=lazy width=600 }          ->  <img … loading="lazy" width="600">
 *   [Começar](aula.md){ .md-button }                        ->  <a class="md-button">
 *   ## Título {#ancora .destaque}                           ->  <h2 id="ancora" class="destaque">
 *   :material-check:{ .verde }                              ->  <svg class="icon verde"> (remark-icons.ts)
 *   Um parágrafo.                                           ->  <p class="nota">
 *   {: .nota }
 *
 * An allow-list decides what passes: id, class, title, target, rel, loading, width, height, align
 * (as an `align-*` class), data-* and aria-*. Anything else, event handlers and `javascript:`
 * values are dropped with a warning at file:line. The braces never reach the page. Task-list
 * items keep their `{#id}` for rehype-task-progress. Text in braces that is not an attribute list
 * (`{x}` in prose) is left alone.
 */
import type { Emphasis, Heading, Link, Image, Nodes, Paragraph, Parents, Root, Text } from 'mdast';
import { walk } from './walk';
import type { VFile } from 'vfile';
import { warn } from './report';

const TOKEN = String.raw`(?:[#.][\w:-]+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s"'}]+))`;
const LIST = String.raw`\{:?\s*(${TOKEN}(?:\s+${TOKEN})*)\s*\}`;
const LEADING = new RegExp(`^${LIST}`);
const TRAILING = new RegExp(`\\s*${LIST}\\s*$`);
const OWN_LINE = new RegExp(`\\n[ \\t]*${LIST}[ \\t]*$`);
const ALLOWED = /^(id|class|title|target|rel|loading|width|height|align|data-[\w-]+|aria-[\w-]+)$/;

type Properties = Record<string, string | string[]>;

/** Applies `{...}` attribute lists to links, images, headings and paragraphs. */
export function remarkAttributeLists() {
  return (tree: Root, file: VFile) => {
    walk(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const previous = parent.children[index - 1];
      if (previous?.type !== 'link' && previous?.type !== 'image' && !isIcon(previous)) return;
      const match = LEADING.exec(node.value);
      if (!match) return;
      apply(previous, parse(match[1]!, file, node));
      node.value = node.value.slice(match[0].length);
    });
    walk(tree, undefined, (node) => {
      if (node.type === 'heading') takeTrailing(node, TRAILING, file);
      if (node.type === 'paragraph') takeTrailing(node, OWN_LINE, file);
    });
  };
}

/** Moves a trailing attribute list of the block's last text onto the block. */
function takeTrailing(block: Heading | Paragraph, pattern: RegExp, file: VFile) {
  const last = block.children.at(-1);
  if (last?.type !== 'text') return;
  const match = pattern.exec(last.value);
  if (!match) return;
  last.value = last.value.slice(0, match.index);
  apply(block, parse(match[1]!, file, last));
}

/** An icon from remark-icons.ts: an emphasis node that becomes an <svg>. */
function isIcon(node: Nodes | undefined): node is Emphasis {
  return node?.type === 'emphasis' && node.data?.hName === 'svg';
}

function apply(node: Link | Image | Heading | Paragraph | Emphasis, properties: Properties) {
  const data = (node.data ??= {}) as { hProperties?: Properties };
  const existing = data.hProperties ?? {};
  const classes = [...toArray(existing.className), ...toArray(properties.className)];
  data.hProperties = {
    ...existing,
    ...properties,
    ...(classes.length > 0 && { className: classes }),
  };
}

/** Reads `#id .class key=value key="value"` through the allow-list. */
function parse(source: string, file: VFile, node: Text | Parents): Properties {
  const properties: Properties = {};
  const classes: string[] = [];
  for (const [token] of source.matchAll(new RegExp(TOKEN, 'g'))) {
    if (token.startsWith('#')) properties.id = token.slice(1);
    else if (token.startsWith('.')) classes.push(token.slice(1));
    else {
      const split = token.indexOf('=');
      const name = token.slice(0, split).toLowerCase();
      const value = token.slice(split + 1).replace(/^(["'])(.*)\1$/, '$2');
      if (!ALLOWED.test(name) || /^\s*javascript:/i.test(value)) {
        warn(
          file,
          node,
          `Attribute "${name}" was dropped: only id, class, title, target, rel, loading, width, height, align, data-* and aria-* are allowed, and never javascript: values.`,
          'attribute-lists',
        );
      } else if (name === 'class') classes.push(...value.split(/\s+/).filter(Boolean));
      else if (name === 'align') classes.push(`align-${value}`);
      else properties[toProperty(name)] = value;
    }
  }
  if (classes.length > 0) properties.className = classes;
  return properties;
}

/** hast property names: data-foo -> dataFoo, aria-label -> ariaLabel. */
function toProperty(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function toArray(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
