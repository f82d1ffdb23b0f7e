/**
 * Images as figures, loaded lazily, with a warning for missing text alternatives.
 *
 *   ![Pilha de uma VM](vm.svg "Uma VM leva o seu próprio kernel")
 *   -> <figure class="figure"><img src=… alt="Pilha de uma VM"><figcaption>Uma VM leva…</figcaption></figure>
 *
 * An image alone in its paragraph with a title becomes a <figure> with that caption. Remote
 * images (never fetched at build time) keep their URL and load lazily; local ones are left to
 * Astro's image pipeline, which sizes them and makes them lazy. An empty alt text is reported at
 * file:line unless the image says it is decorative (`{ .decorativa }`). Authors can still ask for
 * `{ loading=eager }`.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/ui';
import { warn } from './report';

const REMOTE = /^(https?:)?\/\//i;

/** Wraps captioned images in figures and makes remote images lazy. */
export function rehypeFigures() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img') return;
      const classes = Array.isArray(node.properties.className)
        ? node.properties.className.map(String)
        : [];
      if (!node.properties.alt && !classes.includes('decorativa')) {
        const src = String(node.properties.src ?? '');
        warn(
          file,
          node,
          `Image "${src}" has no alt text. Describe it in ![...](${src}), or mark it { .decorativa } if it is decorative.`,
          'figures',
        );
      }
      if (REMOTE.test(String(node.properties.src ?? ''))) {
        node.properties.loading ??= 'lazy';
        node.properties.decoding ??= 'async';
      }
      const title = node.properties.title;
      if (
        !parent ||
        index === undefined ||
        parent.type !== 'element' ||
        parent.tagName !== 'p' ||
        !title
      )
        return;
      const alone = parent.children.every(
        (child) => child === node || (child.type === 'text' && child.value.trim() === ''),
      );
      if (!alone) return;
      delete node.properties.title;
      const caption: Element = {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [{ type: 'text', value: String(title) }],
      };
      const zoom: Element = {
        type: 'element',
        tagName: 'button',
        properties: {
          type: 'button',
          className: ['zoom-button', 'needs-js'],
          ariaLabel: t('zoom.open'),
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '⤢' }],
      };
      Object.assign(parent, {
        tagName: 'figure',
        properties: { className: ['figure'] },
        children: [node, zoom, caption],
      });
    });
  };
}
