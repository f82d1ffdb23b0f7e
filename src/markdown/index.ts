/**
 * The Markdown pipeline, in order. astro.config.mjs passes these lists to Astro's unified
 * processor; the unit tests render fixtures through exactly the same lists (see tests/unit/markdown).
 */
import {
  rehypeShiki,
  type RehypePlugins,
  type RemarkPlugins,
  type ShikiConfig,
} from '@astrojs/markdown-remark';
import type { Options as ExternalLinksOptions } from 'rehype-external-links';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import { defListHastHandlers, remarkDefinitionList } from 'remark-definition-list';
import remarkGemoji from 'remark-gemoji';
import remarkGfm from 'remark-gfm';
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { t } from '../i18n/ui';
import path from 'node:path';
import { contentDir } from '../course/config';
import { mkdocsProject } from '../course/mkdocs-config';
import { fenceInfoBackticksStep } from './fence-info-backticks';
import { mkdocsMacrosStep } from './mkdocs-macros';
import { remarkSourcePreprocess, type SourceStep } from './remark-source-preprocess';
import { CODE_THEMES, noTokenizeTimeLimit } from './code-colors';
import { rehypeFigures } from './rehype-figures';
import { rehypeHeadingIds } from './rehype-heading-ids';
import { remarkAttributeLists } from './remark-attribute-lists';
import { remarkCodeAnnotations } from './remark-code-annotations';
import { remarkCodeAttributes } from './remark-code-attributes';
import { shikiCodeAnnotations } from './shiki-code-annotations';
import { shikiCodeMeta } from './shiki-code-meta';
import { remarkCritic } from './remark-critic';
import { remarkInlineExtras } from './remark-inline-extras';
import { remarkIcons } from './remark-icons';
import { remarkIndentedBlocks } from './remark-indented-blocks';
import { remarkEmbeddedLanguages } from './remark-embedded-languages';
import { remarkInlineHilite, type InlineHiliteOptions } from './remark-inline-hilite';
import { remarkListNesting } from './remark-list-nesting';
import { remarkMarkdownInHtml } from './remark-markdown-in-html';
import { rehypeMermaidChecks, remarkMermaid } from './remark-mermaid';
import { setSnippetOptions, snippetsStep } from './remark-snippets';
import { rehypeTableAlign } from './rehype-table-align';
import { rehypeTaskProgress } from './rehype-task-progress';
import { remarkCourseLinks, type CourseLinksOptions } from './remark-course-links';
import { walk } from './walk';

const externalLinks: ExternalLinksOptions = {
  target: '_blank',
  rel: ['noopener', 'noreferrer'],
  content: { type: 'text', value: ` ${t('external.newTab')}` },
  contentProperties: { className: ['sr-only'] },
};

const HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

const headingAnchors: AutolinkOptions = {
  behavior: 'append',
  test: HEADING_TAGS,
  properties: { className: ['heading-anchor'], ariaLabel: t('lesson.headingAnchor') },
  content: [],
};

const courseLinks: CourseLinksOptions = {
  contentDir: path.resolve(contentDir),
  base: process.env.BASE_PATH ?? '/',
  keepOrderPrefixes: mkdocsProject !== undefined,
};

/** Code colours for both themes at once; CSS light-dark() picks one. */
export const shikiConfig: ShikiConfig = {
  langs: [],
  langAlias: {},
  theme: CODE_THEMES.light,
  // Both pass WCAG AA contrast on the site's code backgrounds (github-light does not).
  themes: CODE_THEMES,
  defaultColor: 'light-dark()',
  wrap: false,
  transformers: [noTokenizeTimeLimit, shikiCodeMeta(), shikiCodeAnnotations()],
};

// The same settings as code blocks, so inline code shares their highlighter and colours.
const inlineHilite: InlineHiliteOptions = {
  theme: shikiConfig.theme,
  themes: shikiConfig.themes,
  langAlias: shikiConfig.langAlias,
  defaultColor: shikiConfig.defaultColor,
};

// An MkDocs project's own snippet settings (its folder, base_path, auto_append). Without
// pymdownx.snippets options, PyMdown's default base path is the folder MkDocs runs in. The docs
// folder is tried last: MkDocs would skip a path written relative to it (pspd-unb-semuni2025's
// auto_append), but that is the file the author meant.
if (mkdocsProject) {
  setSnippetOptions({
    root: mkdocsProject.rootDir,
    basePaths: [
      ...(mkdocsProject.snippets?.basePath ?? [mkdocsProject.rootDir]),
      path.resolve(mkdocsProject.rootDir, mkdocsProject.docsDir),
    ],
    autoAppend: mkdocsProject.snippets?.autoAppend ?? [],
  });
}

/**
 * Text steps before parsing, in MkDocs' order: mkdocs-macros renders the page first, then
 * snippets (a preprocessor in PyMdown) include files; the fence fix applies to included text too.
 * Snippets must stay after any step that adds or removes lines' origins (see report.ts).
 */
const sourceSteps: SourceStep[] = [
  mkdocsMacrosStep(mkdocsProject),
  snippetsStep,
  fenceInfoBackticksStep,
].filter((step) => step !== undefined);

/**
 * Runs a library plugin only on pages whose text matches `pattern`: each plugin walks the whole
 * tree, and most pages have none of what it looks for.
 */
function onlyWhen(pattern: RegExp, plugin: () => (tree: Root) => void) {
  return function attacher() {
    const transform = plugin();
    return (tree: Root, file: VFile) =>
      pattern.test(String(file.value)) ? transform(tree) : undefined;
  };
}

export const remarkPlugins: RemarkPlugins = [
  // Wraps the parser: runs on the raw text before anything below sees a tree.
  [remarkSourcePreprocess, { steps: sourceSteps }],
  // `~` alone is subscript (H~2~O), as in PyMdown; `~~x~~` stays strikethrough.
  [remarkGfm, { singleTilde: false }],
  // Hooks the parser itself, so every body parsed again below also gets Markdown inside HTML.
  remarkMarkdownInHtml,
  // Block syntax first: it re-parses bodies, which the plugins after it then see like any text.
  remarkCodeAttributes,
  remarkIndentedBlocks,
  remarkMermaid,
  remarkListNesting,
  // After the block plugins, so fences and lists inside admonitions and tabs are found too.
  remarkCodeAnnotations,
  // Before attribute lists, which give `:material-check:{ .verde }` its classes.
  remarkIcons,
  remarkAttributeLists,
  remarkDefinitionList,
  // Before the inline extras, which would read `{==x==}` as a mark and `{++x++}` as keys.
  remarkCritic,
  [remarkInlineHilite, inlineHilite],
  // Before any highlighting: Markdown code colours its inner fences the same in every build.
  [remarkEmbeddedLanguages, inlineHilite],
  remarkInlineExtras,
  onlyWhen(/:[+\w-]+:/, remarkGemoji),
  [remarkCourseLinks, courseLinks],
];

/**
 * Runs a rehype plugin on the elements it works on only (`tags`), gathered by one quick walk and
 * handed over as the children of a stand-in root. Both plugins below change the elements in
 * place, never their parents, and each walks every element of the tree it gets, which cost more
 * than all of our own rehype plugins together on the corpora (unist-util-visit per element).
 */
function onElements<Options>(
  tags: readonly string[],
  plugin: (options: Options) => (tree: HastRoot) => void,
  options: Options,
) {
  const wanted = new Set(tags);
  return function attacher() {
    const transform = plugin(options);
    return (tree: HastRoot) => {
      const children: Element[] = [];
      walk(tree, 'element', (node) => void (wanted.has(node.tagName) && children.push(node)));
      if (children.length > 0) transform({ type: 'root', children });
    };
  };
}

export const rehypePlugins: RehypePlugins = [
  // Ids first (MkDocs-style), so the anchors below can link to them; Astro's own pass keeps them.
  rehypeHeadingIds,
  onElements(HEADING_TAGS, rehypeAutolinkHeadings, headingAnchors),
  // Before the external-link marker, so "(abre em nova aba)" never enters a task's id.
  rehypeTaskProgress,
  rehypeTableAlign,
  rehypeFigures,
  onElements(['a'], rehypeExternalLinks, externalLinks),
  // Last: highlighted code is most of a page's tree (a span per token), so every plugin above
  // walks the small tree instead. Astro's own highlighting, which would run before them, is off
  // (`syntaxHighlight: false` below and in astro.config.mjs).
  [rehypeShiki, shikiConfig],
  // Waits for the diagram checks started by remarkMermaid, which ran beside everything above.
  rehypeMermaidChecks,
];

/** What astro.config.mjs hands to `unified()`: GFM comes from our own list, and text stays as typed. */
export const processorOptions = {
  remarkPlugins,
  rehypePlugins,
  remarkRehype: {
    handlers: defListHastHandlers,
    footnoteLabel: t('footnotes.label'),
    footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
      t('footnotes.back', {
        n: String(referenceIndex + 1) + (rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''),
      }),
  },
  gfm: false,
  smartypants: false,
  syntaxHighlight: false as const,
};
