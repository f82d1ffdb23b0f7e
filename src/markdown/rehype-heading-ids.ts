/**
 * Heading ids the way MkDocs makes them, so deep links into lessons copied from an MkDocs site
 * keep landing on the same heading.
 *
 *   ## Como contêineres funcionam?     ->  <h2 id="como-conteineres-funcionam">
 *   ## Como contêineres funcionam?     ->  <h2 id="como-conteineres-funcionam_1">
 *
 * The slug is Python-Markdown's default: NFKD, non-ASCII dropped, anything but word characters,
 * spaces and hyphens removed, lower case, runs of spaces and hyphens become one hyphen; a repeated
 * slug gets `_1`, `_2`. Headings that already have an id (raw HTML, `{#id}`) keep it.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walk } from './walk';
import { slugify, uniqueSlug } from '../course/slugify';

const HEADING = /^h[1-6]$/;

/** Gives every heading without an id an MkDocs-compatible one. */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const used = new Set<string>();
    const headings: Element[] = [];
    walk(tree, 'element', (node) => {
      if (!HEADING.test(node.tagName)) return;
      if (typeof node.properties.id === 'string') used.add(node.properties.id);
      else headings.push(node);
    });
    for (const heading of headings) {
      heading.properties.id = uniqueSlug(slugify(toString(heading)) || '_', used);
    }
  };
}
