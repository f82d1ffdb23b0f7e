/**
 * Tables as readers need them: GFM column alignment (`| :---: |`) as classes instead of the
 * obsolete `align` attribute, and every table reachable by keyboard (tabindex="0"), since wide
 * tables scroll sideways on phones.
 *
 *   <table><td align="center">  ->  <table tabindex="0"><td class="align-center">
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { walk } from './walk';

/** Moves `align` on table cells to an `align-*` class and makes tables focusable. */
export function rehypeTableAlign() {
  return (tree: Root, file: VFile) => {
    // Tables come from pipes or from raw HTML.
    if (!/\||<table/i.test(String(file.value))) return;
    walk(tree, 'element', (node) => {
      if (node.tagName === 'table') node.properties.tabIndex = 0;
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      if (typeof node.properties.align !== 'string') return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${node.properties.align}`];
      delete node.properties.align;
    });
  };
}
