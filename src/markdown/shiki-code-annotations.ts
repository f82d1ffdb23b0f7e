/**
 * The markers of code annotations, as links inside the highlighted code (a Shiki transformer).
 * remark-code-annotations.ts takes each `(n)` out of the code and records where it was in the
 * block's meta, `annotations="<block> <line>:<column>:<n> …"`; here each becomes
 *
 *   <a class="code-annotation" href="#anotacao-<block>-<n>" aria-label="Anotação <n>"><n></a>
 *
 * at that column of that line, splitting the token it falls in.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { Element, ElementContent } from 'hast';
import { t } from '../i18n/ui';
import { META_KEY, noteId } from './remark-code-annotations';

type ShikiTransformer = NonNullable<ShikiConfig['transformers']>[number];

/** Puts the recorded annotation markers into the highlighted lines, as links. */
export function shikiCodeAnnotations(): ShikiTransformer {
  return {
    name: 'course:code-annotations',
    line(node, line) {
      const raw = new RegExp(`${META_KEY}="(\\d+) ([^"]*)"`).exec(this.options.meta?.__raw ?? '');
      if (!raw) return;
      for (const entry of raw[2]!.split(' ')) {
        const [at, column, n] = entry.split(':').map(Number);
        if (at === line - 1) insertAt(node, column!, marker(Number(raw[1]), n!));
      }
    },
  };
}

function marker(block: number, n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['code-annotation'],
      href: `#${noteId(block, n)}`,
      ariaLabel: t('code.annotation', { n }),
    },
    children: [{ type: 'text', value: String(n) }],
  };
}

/** Inserts `child` into a highlighted line at a text column, splitting the token it falls in. */
function insertAt(line: Element, column: number, child: Element): void {
  let seen = 0;
  for (let i = 0; i < line.children.length; i++) {
    const token = line.children[i]!;
    const text = token.type === 'element' ? token.children[0] : undefined;
    const length = text?.type === 'text' ? text.value.length : 0;
    if (column <= seen) {
      line.children.splice(i, 0, child);
      return;
    }
    if (column < seen + length && token.type === 'element' && text?.type === 'text') {
      const cut = column - seen;
      const head: ElementContent = {
        ...token,
        children: [{ ...text, value: text.value.slice(0, cut) }],
      };
      const tail: ElementContent = {
        ...token,
        children: [{ ...text, value: text.value.slice(cut) }],
      };
      line.children.splice(i, 1, head, child, tail);
      return;
    }
    seen += length;
  }
  line.children.push(child);
}
