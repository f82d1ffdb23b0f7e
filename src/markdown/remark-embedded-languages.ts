/**
 * Code written in Markdown shows the code of its own fences coloured, but Shiki colours an inner
 * fence only when it already has that fence's language, and which languages it has depends on the
 * lessons rendered before (each is loaded on first use). The same lesson could come out coloured
 * in one build and plain in another, or differ between render threads. So the languages named by
 * the fences inside a Markdown block are loaded before anything is highlighted.
 *
 *   ````markdown
 *   ```dockerfile        <- loaded first, so FROM is coloured wherever this lesson is rendered
 *   FROM nginx:1.27
 *   ```
 *   ````
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { hasLanguage, sharedHighlighter, type InlineHiliteOptions } from './remark-inline-hilite';
import { walk } from './walk';

const MARKDOWN = new Set(['markdown', 'md', 'mdx']);
const INNER_FENCE = /^[ \t]*(?:`{3,}|~{3,})[ \t]*\{?\.?([\w+#-]+)/gm;

/** Loads the languages of fences inside Markdown code blocks (same highlighter as code blocks). */
export function remarkEmbeddedLanguages(settings: InlineHiliteOptions) {
  return async (tree: Root, file: VFile) => {
    if (!/^[ \t]*(?:`{3,}|~{3,})[ \t]*\{?\.?(?:markdown|md|mdx)\b/m.test(String(file.value)))
      return;
    const wanted = new Set<string>();
    walk(tree, 'code', (node) => {
      if (!node.lang || !MARKDOWN.has(node.lang.toLowerCase())) return;
      for (const [, lang] of node.value.matchAll(INNER_FENCE)) wanted.add(lang!.toLowerCase());
    });
    if (wanted.size === 0) return;
    const highlighter = await sharedHighlighter(settings);
    // In order, so the highlighter's language list always grows the same way.
    for (const lang of [...wanted].sort()) {
      await hasLanguage(highlighter, settings.langAlias?.[lang] ?? lang);
    }
  };
}
