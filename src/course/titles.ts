/** Leading numeric prefix that orders files and folders: `01-`, `2_`, `10 `. */
const ORDER_PREFIX = /^(\d+)[-_. ]+(?=\S)/;

/** Splits `02-namespaces` into its order (2) and its name (`namespaces`). */
export function splitOrderPrefix(name: string): { order: number | undefined; name: string } {
  const match = ORDER_PREFIX.exec(name);
  if (!match) return { order: undefined, name };
  return { order: Number(match[1]), name: name.slice(match[0].length) };
}

/** Turns a folder name such as `02-orquestracao_avancada` into a readable title. */
export function titleFromName(name: string): string {
  const words = splitOrderPrefix(name).name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('pt-BR') + words.slice(1);
}

/**
 * Finds the first level-1 ATX heading (`# Title`) outside fenced code, as MkDocs does when a page
 * has no `title` in its frontmatter. Inline Markdown is reduced to its text.
 */
export function findFirstHeading(markdown: string): string | undefined {
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence) continue;
    const heading = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) return plainText(heading[1]!);
  }
  return undefined;
}

function plainText(inline: string): string {
  return inline
    .replace(/\s*\{[^}]*\}\s*$/, '') // attribute list: ## Title {#id}
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .trim();
}
