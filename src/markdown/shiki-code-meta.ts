/**
 * PyMdown's code block options, as a Shiki transformer:
 *
 *   ```yaml title="pod.yaml" hl_lines="2 4-6" linenums="22"
 *
 * `title` wraps the block in a <figure> with a <figcaption>; `hl_lines` marks lines (`.hl`);
 * `linenums` numbers the lines from the given start (CSS draws the numbers, so copying the code
 * never copies them). Every block gets a copy button (hidden without JavaScript) unless its
 * classes include `no-copy`.
 */
import type { Element, ElementContent } from 'hast';
import type { ShikiConfig } from '@astrojs/markdown-remark';
import { t } from '../i18n/ui';
import { classesForStyle } from './code-colors';

type ShikiTransformer = NonNullable<ShikiConfig['transformers']>[number];

interface CodeMeta {
  title?: string;
  highlight: Set<number>;
  lineStart?: number;
  copy: boolean;
}

/** Parses `title="x" hl_lines="1 3-4" linenums="5" class="no-copy"`. */
export function parseCodeMeta(raw: string | undefined): CodeMeta {
  const values = new Map<string, string>();
  for (const [, key, quoted, bare] of (raw ?? '').matchAll(
    /([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g,
  )) {
    values.set(key!, quoted ?? bare ?? '');
  }
  for (const [, key, single] of (raw ?? '').matchAll(/([\w-]+)='([^']*)'/g))
    values.set(key!, single!);
  const highlight = new Set<number>();
  for (const part of (values.get('hl_lines') ?? '').split(/\s+/).filter(Boolean)) {
    const [from, to = from] = part.split('-').map(Number);
    for (let n = from!; n <= to! && n - from! < 10_000; n++) highlight.add(n);
  }
  const linenums = values.get('linenums');
  return {
    ...(values.get('title') && { title: values.get('title') }),
    highlight,
    ...(linenums &&
      /^\d+$/.test(linenums.split(/\s+/)[0]!) && { lineStart: Number(linenums.split(/\s+/)[0]) }),
    copy: !(values.get('class') ?? '').split(/\s+/).includes('no-copy'),
  };
}

/** Each block's options, read once: Shiki calls `line` and `span` for every line and token. */
const metaOfBlock = new WeakMap<object, CodeMeta>();
function metaOf(options: { meta?: { __raw?: string | undefined } | undefined }): CodeMeta {
  let meta = metaOfBlock.get(options);
  if (!meta) metaOfBlock.set(options, (meta = parseCodeMeta(options.meta?.__raw)));
  return meta;
}

/** Token styles repeat a few dozen colours: each style's classes are worked out once. */
const styleClasses = new Map<string, string[]>();

/** Title, highlighted lines, line numbers and the copy button for every code block. */
export function shikiCodeMeta(): ShikiTransformer {
  return {
    name: 'course:code-meta',
    line(node, line) {
      const meta = metaOf(this.options);
      if (meta.highlight.has(line)) this.addClassToHast(node, 'hl');
      if (meta.lineStart !== undefined) node.properties['data-line'] = meta.lineStart + line - 1;
    },
    span(node) {
      const style = node.properties.style;
      if (typeof style !== 'string') return;
      let classes = styleClasses.get(style);
      if (!classes) styleClasses.set(style, (classes = classesForStyle(style)));
      for (const name of classes) this.addClassToHast(node, name);
      delete node.properties.style;
    },
    pre(node) {
      // Colours come from classes and src/styles/code-colors.css, never from style attributes.
      delete node.properties.style;
      const meta = metaOf(this.options);
      if (meta.lineStart !== undefined) this.addClassToHast(node, 'linenums');
    },
    root(root) {
      const meta = metaOf(this.options);
      const pre = root.children[0] as Element;
      const children: ElementContent[] = [];
      if (meta.title) {
        children.push({
          type: 'element',
          tagName: 'figcaption',
          properties: { className: ['code-title'] },
          children: [{ type: 'text', value: meta.title }],
        });
      }
      if (meta.copy) {
        children.push({
          type: 'element',
          tagName: 'button',
          properties: {
            type: 'button',
            className: ['copy-code', 'needs-js'],
            dataCopied: t('code.copied'),
            dataPagefindIgnore: '',
          },
          children: [{ type: 'text', value: t('code.copy') }],
        });
      }
      children.push(pre);
      root.children = [
        { type: 'element', tagName: 'figure', properties: { className: ['code-block'] }, children },
      ];
    },
  };
}
