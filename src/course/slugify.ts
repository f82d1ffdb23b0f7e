/**
 * Python-Markdown's default `toc.slugify`, which MkDocs uses for heading anchors: NFKD, non-ASCII
 * dropped, anything but word characters, spaces and hyphens removed, lower case, runs of spaces and
 * hyphens turned into one hyphen. `Como contêineres funcionam?` -> `como-conteineres-funcionam`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/** Returns `slug`, or `slug` + separator + the first free number, and records it as used. */
export function uniqueSlug(slug: string, used: Set<string>, separator = '_'): string {
  let candidate = slug;
  for (let n = 1; used.has(candidate); n++) candidate = `${slug}${separator}${n}`;
  used.add(candidate);
  return candidate;
}
