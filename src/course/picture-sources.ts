/**
 * Astro resolves the image markers that rehype-figures puts on <source> elements with the same
 * attribute set it writes on an <img>. A <source> inside <picture> takes only srcset, sizes, type,
 * media, width and height: this drops the rest (src, loading, decoding) so the page stays valid.
 */
const SOURCE_TAG = /<source\b[^>]*>/g;
const IMG_ONLY_ATTRIBUTE = /\s(?:src|loading|decoding|fetchpriority)="[^"]*"/g;

export function cleanPictureSources(html: string): string {
  if (!html.includes('<source')) return html;
  return html.replace(SOURCE_TAG, (tag) => tag.replace(IMG_ONLY_ATTRIBUTE, ''));
}
