/**
 * The part of a built page that Pagefind reads, so the build sends it that much less: the page up
 * to its `<body>` tag (language, title, metadata) and the one element marked `data-pagefind-body`.
 * Once any page of a site has that mark, Pagefind indexes only what is inside such elements, so the
 * header, sidebar and footer around a lesson (about 60% of a page) are dropped unread. The index is
 * byte for byte the one Pagefind writes from whole pages (tests/integration/search-index.test.ts).
 *
 * A page without the mark, with it more than once, or that cannot be cut cleanly is sent whole.
 */
export function searchablePart(html: string): string {
  const mark = markedTagStart(html, 0);
  if (mark === undefined || markedTagStart(html, mark.end) !== undefined) return html;
  const end = closingTagEnd(html, mark.name, mark.start);
  const bodyOpen = /<body[\s>]/i.exec(html);
  if (end === undefined || !bodyOpen || bodyOpen.index > mark.start) return html;
  const bodyTagEnd = html.indexOf('>', bodyOpen.index) + 1;
  return `${html.slice(0, bodyTagEnd)}${html.slice(mark.start, end)}</body></html>`;
}

/** The next tag from `from` that carries the `data-pagefind-body` attribute. */
function markedTagStart(html: string, from: number) {
  for (let at = html.indexOf('data-pagefind-body', from); at >= 0;) {
    const start = html.lastIndexOf('<', at);
    // Inside a tag (not text that mentions it, which is escaped): no `>` between `<` and the mark.
    if (start >= 0 && html.lastIndexOf('>', at) < start && /\s/.test(html[at - 1] ?? '')) {
      const name = /^<([a-z][\w-]*)/i.exec(html.slice(start, at))?.[1];
      if (name) return { start, name: name.toLowerCase(), end: at + 'data-pagefind-body'.length };
    }
    at = html.indexOf('data-pagefind-body', at + 1);
  }
  return undefined;
}

/** Where the element opened at `start` ends (after its closing tag), counting nested ones. */
function closingTagEnd(html: string, name: string, start: number): number | undefined {
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return undefined;
}
