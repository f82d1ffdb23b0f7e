/**
 * Images as figures, loaded lazily, with a warning for missing text alternatives.
 *
 *   ![Pilha de uma VM](vm.svg "Uma VM leva o seu próprio kernel")
 *   -> <figure class="figure"><img src=… alt="Pilha de uma VM"><figcaption>Uma VM leva…</figcaption></figure>
 *
 * An image alone in its paragraph with a title becomes a <figure> with that caption. Remote
 * images (never fetched at build time) keep their URL and load lazily; local ones are left to
 * Astro's image pipeline, which sizes them and makes them lazy. A local raster image becomes a
 * <picture>: AVIF and WebP sources, the original format as fallback, each with widths for the
 * lesson column at 1x and 2x. SVG stays a vector. An empty alt text is reported at file:line
 * unless the image says it is decorative (`{ .decorativa }`). Authors can still ask for
 * `{ loading=eager }`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { SKIP, walk } from './walk';
import type { VFile } from 'vfile';
import { t } from '../i18n/ui';
import { fail, warn } from './report';

const REMOTE = /^(https?:)?\/\//i;
const RASTER = /\.(png|jpe?g|webp|avif|tiff?)$/i;

/** The lesson column is 46rem wide on desktop and the whole screen on a phone. */
export const IMAGE_SIZES = '(min-width: 50rem) 46rem, 100vw';
/** A phone screen at 1x and 2x, then the lesson column at 2x; Astro drops widths above the original. */
export const IMAGE_WIDTHS = [400, 800, 1472];
const MODERN_FORMATS = ['avif', 'webp'] as const;

/** Whether an SVG file's root tag states its size (width and height, or a viewBox). */
function svgHasSize(file: string): boolean {
  const root = /<svg\b[^>]*>/i.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
  const has = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["'][^"']+["']`, 'i').test(root);
  return has('viewBox') || (has('width') && has('height'));
}

/** The original's own format, for browsers without AVIF or WebP (JPEG stays JPEG, the rest PNG). */
function fallbackFormat(src: string): string {
  return /\.jpe?g$/i.test(src) ? 'jpg' : /\.(webp|avif)$/i.test(src) ? 'webp' : 'png';
}

/**
 * Wraps a local raster image in <picture>. Each <source> carries the same marker Astro's own
 * rehypeImages plugin puts on <img> (`__ASTRO_IMAGE_`), so Astro's image service resolves it with
 * the requested format when the page renders; the <img> keeps the original format.
 */
function toPicture(image: Element, src: string, index: number): Element {
  const transform = { src, widths: IMAGE_WIDTHS, sizes: IMAGE_SIZES };
  // Read by Astro's image service (getImage options), not rendered as HTML attributes.
  Object.assign(image.properties, {
    widths: IMAGE_WIDTHS,
    sizes: IMAGE_SIZES,
    format: fallbackFormat(src),
  });
  const sources: Element[] = MODERN_FORMATS.map((format) => ({
    type: 'element',
    tagName: 'source',
    properties: {
      type: `image/${format}`,
      __ASTRO_IMAGE_: JSON.stringify({ ...transform, format, index }),
    },
    children: [],
  }));
  return {
    type: 'element',
    tagName: 'picture',
    properties: {},
    children: [...sources, image],
  };
}

/** Wraps captioned images in figures and makes remote images lazy. */
export function rehypeFigures() {
  return (tree: Root, file: VFile) => {
    const astro = file.data.astro as { localImagePaths?: string[] } | undefined;
    const localImages = new Set(astro?.localImagePaths ?? []);
    const occurrences = new Map<string, number>();
    walk(tree, 'element', (node, index, parent) => {
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
        warn(
          file,
          node,
          `Remote image "${String(node.properties.src)}" will not show: the site's Content-Security-Policy loads images from this site only. Save the image next to the lesson and link the file.`,
          'figures',
        );
      }
      if (!parent || index === undefined) return;
      const src = decodeURI(String(node.properties.src ?? ''));
      if (localImages.has(src) && file.path) {
        const onDisk = path.resolve(path.dirname(file.path), src.split(/[?#]/)[0]!);
        if (!existsSync(onDisk)) {
          fail(
            file,
            node,
            `Image "${src}" not found: no file at ${path.relative(process.cwd(), onDisk)}. Fix the path (it is relative to this lesson) or add the file.`,
            'figures',
          );
        }
        if (/\.svg$/i.test(onDisk) && !svgHasSize(onDisk)) {
          fail(
            file,
            node,
            `SVG "${src}" has no size: its <svg> tag has neither width and height nor a viewBox, so the page cannot reserve its space. Add viewBox="0 0 <width> <height>" to it.`,
            'figures',
          );
        }
      }
      let image: Element = node;
      if (localImages.has(src) && RASTER.test(src) && parent.type === 'element') {
        const occurrence = occurrences.get(src) ?? 0;
        occurrences.set(src, occurrence + 1);
        image = toPicture(node, src, occurrence);
        parent.children[index] = image;
      }
      const title = node.properties.title;
      if (parent.type !== 'element' || parent.tagName !== 'p' || !title) return SKIP;
      const alone = parent.children.every(
        (child) => child === image || (child.type === 'text' && child.value.trim() === ''),
      );
      if (!alone) return SKIP;
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
        children: [image, zoom, caption],
      });
      return SKIP;
    });
  };
}
