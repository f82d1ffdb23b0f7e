import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/**
 * Reads a built site the way a learner sees its main column: the text of `<article class="prose">`
 * outside code, tables of contents and the site's own controls. Finds MkDocs syntax left as text
 * and checks the in-page anchor links the author wrote (`#x`, `page.md#x`).
 */

/** MkDocs syntax that must never reach a reader as text, by kind. */
export const LEFTOVER_PATTERNS: Record<string, RegExp> = {
  admonition: /(?:^|\s)(?:!!!|\?\?\?\+?)(?=\s)/,
  tabs: /(?:^|\s)===\+?\s*"/,
  'attr-list': /\{:|\{ ?\.[\w-]|\{ ?loading=/,
  'heading-id': /\{#[\w-]/,
  snippets: /--8<--/,
  jinja: /\{%|\{\{/,
  icons: /:(?:material|fontawesome|octicons|simple)-[\w-]+:/,
};
/** A task-list box written as text at the start of a list item. */
const TASK_BOX = /^\s*\[[ xX]\](?=\s)/;

export interface Leftover {
  page: string;
  kind: string;
  text: string;
}

export interface AnchorLink {
  page: string;
  href: string;
  resolved: boolean;
}

export interface SiteScan {
  pages: number;
  leftovers: Leftover[];
  anchors: AnchorLink[];
}

const SKIPPED = new Set(['pre', 'code', 'script', 'style', 'template', 'nav', 'kbd']);
const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'summary',
  'figcaption',
  'blockquote',
  'div',
  'details',
]);
const NOT_PAGES = /^(?:404\.html|meu-progresso\/|_astro\/|pagefind\/)/;

/** Scans every page of the site in `distDir` (served at the root). */
export function scanSite(distDir: string): SiteScan {
  const files = listHtml(distDir).filter((file) => !NOT_PAGES.test(file));
  const pages = new Map(
    files.map((file) => [file, readPage(readFileSync(path.join(distDir, file), 'utf8'))]),
  );
  const scan: SiteScan = { pages: files.length, leftovers: [], anchors: [] };
  for (const [file, page] of pages) {
    for (const block of page.blocks) {
      for (const [kind, pattern] of Object.entries(LEFTOVER_PATTERNS)) {
        if (pattern.test(block.text))
          scan.leftovers.push({ page: file, kind, text: clip(block.text, pattern) });
      }
      if (block.tag === 'li' && TASK_BOX.test(block.all)) {
        scan.leftovers.push({ page: file, kind: 'task-list', text: block.all.trim().slice(0, 60) });
      }
    }
    const pageUrl = new URL(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site');
    for (const href of page.anchors) {
      const url = new URL(href, pageUrl);
      if (url.origin !== 'http://site') continue;
      const target =
        pages.get(`${decodeURIComponent(url.pathname).slice(1)}index.html`) ??
        pages.get(decodeURIComponent(url.pathname).slice(1));
      const id = decodeURIComponent(url.hash.slice(1));
      scan.anchors.push({ page: file, href, resolved: target?.ids.has(id) ?? false });
    }
  }
  return scan;
}

interface PageText {
  ids: Set<string>;
  /** `text`: the block's own text (nested blocks have theirs); `all`: everything inside it. */
  blocks: { tag: string; text: string; all: string }[];
  anchors: string[];
}

export function readPage(html: string): PageText {
  const page: PageText = { ids: new Set(), blocks: [], anchors: [] };
  const stack: { tag: string; skip: boolean; block?: PageText['blocks'][number] }[] = [];
  let inArticle = 0;
  const skipping = () => stack.some((entry) => entry.skip);
  const parser = new Parser({
    onopentag(tag, attrs) {
      if (attrs.id) page.ids.add(attrs.id);
      if (tag === 'a' && attrs.name) page.ids.add(attrs.name);
      const isArticle = tag === 'article' && /\bprose\b/.test(attrs.class ?? '');
      if (isArticle) inArticle++;
      const skip =
        SKIPPED.has(tag) ||
        /(?:^|\s)toc(?:\s|$)/.test(attrs.class ?? '') ||
        attrs['data-pagefind-ignore'] !== undefined;
      const entry: (typeof stack)[number] = { tag, skip };
      if (inArticle > 0 && BLOCKS.has(tag)) {
        entry.block = { tag, text: '', all: '' };
        page.blocks.push(entry.block);
      }
      stack.push(entry);
      const href = attrs.href;
      if (inArticle > 0 && tag === 'a' && href?.includes('#') && !skipping() && isAuthored(attrs)) {
        page.anchors.push(href);
      }
    },
    ontext(text) {
      if (inArticle === 0 || skipping()) return;
      const block = stack.findLast((entry) => entry.block)?.block;
      if (block) block.text += text;
      for (const entry of stack) if (entry.block) entry.block.all += text;
    },
    onclosetag(tag) {
      // Elements left open (`<path/>` in inline SVG, which HTML does not self-close) close here too.
      const at = stack.findLastIndex((entry) => entry.tag === tag);
      if (at < 0) return;
      stack.length = at;
      if (tag === 'article' && inArticle > 0) inArticle--;
    },
  });
  parser.end(html);
  return page;
}

/** Links the site adds (heading permalinks, footnote arrows) are not the author's. */
function isAuthored(attrs: Record<string, string>): boolean {
  if (/\bheading-anchor\b/.test(attrs.class ?? '')) return false;
  return attrs['data-footnote-ref'] === undefined && attrs['data-footnote-backref'] === undefined;
}

function clip(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return text
    .slice(Math.max(0, at - 20), at + 40)
    .replace(/\s+/g, ' ')
    .trim();
}

function listHtml(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listHtml(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}
