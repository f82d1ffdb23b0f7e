/**
 * PyMdown InlineHilite: a code span that opens with a mock shebang is highlighted like block code.
 *
 *   Use `#!python print("oi")` aqui.
 *   -> <p>Use <code class="astro-code inline-hilite" data-language="python"><span class="l-0550ae
 *      d-79c0ff">print</span>…</code> aqui.</p>
 *
 * Colours are the light/dark classes code blocks get (code-colors.ts), from the same Shiki
 * highlighter. As in PyMdown the shebang must come right after the backticks and be followed by a
 * space, so a real shebang (`#!/bin/bash`), a bare `#!`, `#!python` alone and a span that starts
 * with a space (` #!js x`, PyMdown's escape) stay as written. An unknown language keeps the code
 * as plain inline code, without the `#!lang ` prefix, and warns.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import { createShikiHighlighter, type ShikiHighlighter } from '@astrojs/markdown-remark/shiki';
import type { ElementContent } from 'hast';
import type { InlineCode, Root } from 'mdast';
import { walk } from './walk';
import type { VFile } from 'vfile';
import { classesForStyle, CODE_THEMES, noTokenizeTimeLimit } from './code-colors';
import { warn } from './report';

/** The highlighter settings; pass the block code's own so both share one Shiki instance. */
export type InlineHiliteOptions = Partial<
  Pick<ShikiConfig, 'theme' | 'themes' | 'langAlias' | 'defaultColor'>
>;

const DEFAULT_OPTIONS = {
  theme: CODE_THEMES.light,
  themes: CODE_THEMES,
  langAlias: {} as Record<string, string>,
  defaultColor: 'light-dark()',
} satisfies InlineHiliteOptions;

const SHEBANG = /^#!([\w][\w#.+-]*)\s+(.*\S.*)$/s;
/** Languages Shiki knows without loading anything: the code is kept, just not coloured. */
const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext']);

/** Highlights `#!lang code` spans. */
export function remarkInlineHilite(options: InlineHiliteOptions = {}) {
  const settings = { ...DEFAULT_OPTIONS, ...options };
  return async (tree: Root, file: VFile) => {
    if (!String(file.value).includes('#!')) return;
    const found: [InlineCode, string, string][] = [];
    walk(tree, 'inlineCode', (node) => {
      const match = SHEBANG.exec(node.value);
      if (!match || startsWithSpace(node, String(file.value))) return;
      found.push([node, match[1]!, match[2]!]);
    });
    if (found.length === 0) return;
    const highlighter = await sharedHighlighter(settings);
    for (const [node, lang, code] of found) {
      node.value = code;
      if (PLAIN.has(lang.toLowerCase())) continue;
      const known = await hasLanguage(highlighter, settings.langAlias[lang] ?? lang);
      const root =
        known &&
        (await highlighter.codeToHast(code, lang, {
          inline: true,
          defaultColor: settings.defaultColor,
          transformers: [noTokenizeTimeLimit],
        }));
      const wrapper = root && root.children[0];
      // Shiki falls back to plain text for a language it does not have.
      if (!wrapper || (wrapper.type === 'element' && wrapper.properties.dataLanguage !== lang)) {
        warn(
          file,
          node,
          `Unknown language "${lang}" in inline code \`#!${lang} …\`: the code shows without colours. Use a language Shiki knows (python, bash, yaml, …) or drop the "#!${lang} " prefix.`,
          'inline-hilite',
        );
        continue;
      }
      node.data = {
        hName: 'code',
        hProperties: { className: ['astro-code', 'inline-hilite'], dataLanguage: lang },
        hChildren: tokens([wrapper as ElementContent]),
      };
    }
  };
}

/**
 * The Shiki instance code blocks use: Astro keeps one per theme and alias settings, so the same
 * settings get the same instance (and the languages it has loaded).
 */
export function sharedHighlighter(settings: InlineHiliteOptions): Promise<ShikiHighlighter> {
  return createShikiHighlighter({
    langs: [],
    theme: settings.theme,
    themes: settings.themes,
    langAlias: settings.langAlias,
  });
}

/** Methods Astro's highlighter has at run time but does not declare (@astrojs/markdown-remark 7). */
interface LanguageProbe {
  getLoadedLanguages?: () => string[];
  loadLanguage?: (lang: never) => Promise<void>;
}

/**
 * Whether Shiki has the language, loading it if it can, asked before highlighting so that Shiki
 * does not print its own warning too. Without the methods, the answer comes from the highlighted
 * result instead.
 */
export async function hasLanguage(highlighter: ShikiHighlighter, lang: string): Promise<boolean> {
  const probe = highlighter as ShikiHighlighter & LanguageProbe;
  if (!probe.getLoadedLanguages || !probe.loadLanguage) return true;
  if (probe.getLoadedLanguages().includes(lang)) return true;
  try {
    await probe.loadLanguage(lang as never);
    return true;
  } catch {
    return false;
  }
}

/** The token spans of Shiki's inline output, their colours as classes instead of styles. */
function tokens(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    const style = node.properties.style;
    // Shiki wraps the tokens in a <code> and a line <span>: only the tokens carry colours.
    if (node.tagName !== 'span' || typeof style !== 'string') return tokens(node.children);
    return [{ ...node, properties: { className: classesForStyle(style) } }];
  });
}

/**
 * Whether the span was written with a space before the shebang (` #!js x `), which CommonMark
 * strips from the value. The offset of a block body re-parsed by indented-blocks.ts can be a few
 * characters off; then the span is taken as written without the space.
 */
function startsWithSpace(node: InlineCode, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  const raw = source.slice(start, end);
  const ticks = /^`+/.exec(raw)?.[0];
  if (!ticks || !raw.endsWith(ticks)) return false;
  return raw[ticks.length] !== '#';
}
