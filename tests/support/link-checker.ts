import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** One broken reference: the page it is on, what it points to, and why it fails. */
export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

interface PageInfo {
  ids: Set<string>;
  refs: string[];
}

const SKIP_SCHEMES = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Crawls every HTML file of a built site deployed under `base` and reports internal links, anchors
 * and assets that do not resolve. External URLs are not fetched (builds and tests run offline).
 */
export function checkLinks(distDir: string, base: string): BrokenLink[] {
  const pages = new Map<string, PageInfo>();
  for (const file of listFiles(distDir)) {
    if (file.endsWith('.html')) pages.set(file, readPage(path.join(distDir, file)));
  }
  const broken: BrokenLink[] = [];
  for (const [file, info] of pages) {
    const pageUrl = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site');
    for (const ref of info.refs) {
      if (SKIP_SCHEMES.test(ref) && !ref.startsWith('http://site')) continue;
      const problem = checkRef(new URL(ref, pageUrl), { distDir, base, pages, pageFile: file });
      if (problem) broken.push({ page: file, url: ref, reason: problem });
    }
  }
  return broken;
}

/** One line per broken link, naming the source page first. */
export function formatBrokenLinks(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.page}: ${b.url} (${b.reason})`).join('\n');
}

function checkRef(
  url: URL,
  ctx: { distDir: string; base: string; pages: Map<string, PageInfo>; pageFile: string },
): string | undefined {
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(ctx.base)) return `outside the site base ${ctx.base}`;
  const relative = pathname.slice(ctx.base.length);
  const target = resolveFile(ctx.distDir, relative);
  if (!target) return 'no such page or file';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!fragment || fragment === 'top') return undefined;
  const page = ctx.pages.get(target);
  if (page && !page.ids.has(fragment)) return `no element with id "${fragment}" on ${target}`;
  return undefined;
}

function resolveFile(distDir: string, relative: string): string | undefined {
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [`${relative}index.html`]
      : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => isFile(path.join(distDir, candidate)));
}

function readPage(file: string): PageInfo {
  const info: PageInfo = { ids: new Set(), refs: [] };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.id) info.ids.add(attrs.id);
      if (name === 'a' && attrs.name) info.ids.add(attrs.name);
      if ((name === 'a' || name === 'area') && attrs.href !== undefined) info.refs.push(attrs.href);
      if (name === 'link' && attrs.href && !/canonical|alternate/.test(attrs.rel ?? '')) {
        info.refs.push(attrs.href);
      }
      if (['img', 'script', 'source', 'iframe', 'video', 'audio'].includes(name) && attrs.src) {
        info.refs.push(attrs.src);
      }
      for (const candidate of (attrs.srcset ?? '').split(',')) {
        const src = candidate.trim().split(/\s+/)[0];
        if (src) info.refs.push(src);
      }
    },
  });
  parser.end(readFileSync(file, 'utf8'));
  return info;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
