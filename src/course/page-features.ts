/** What a rendered page uses, for styles only some pages need. */

/** Whether the page's HTML has grid cards or a grid (md_in_html `<div class="grid …" markdown>`). */
export function usesGrids(html: string | undefined): boolean {
  return html !== undefined && /class="grid[ "]/.test(html);
}
