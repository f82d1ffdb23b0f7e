/**
 * mkdocs-macros for MkDocs projects (MKDOCS_CONFIG) that list the `macros` plugin: each page is
 * rendered as a Jinja template (with nunjucks) before it is parsed as Markdown, as mkdocs-macros
 * does in `on_page_markdown`.
 *
 *   {% set aula = "01" %}
 *   Python {{ python_supported_version }}+ · {% include "templates/cabecalho.md" %}
 *   -> the variables of `extra:`, the page's frontmatter, `page.*` and `config.*` filled in.
 *
 * Left alone: `{{ name }}` that nothing defines stays as written, with a warning (mkdocs-macros'
 * default `on_undefined: keep`); a template that does not parse or render keeps the whole page
 * as written, with a warning at the line nunjucks names. Python-only macros (`main.py`) are not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nunjucks, { type ILoader } from 'nunjucks';
import type { VFile } from 'vfile';
import type { MkDocsProject } from '../course/mkdocs-config';
import { navTitles } from '../course/mkdocs-nav';
import { slugFromFile } from '../course/paths';
import { findFirstHeading } from '../course/titles';
import { definedNames, includedNames, prepareTemplate, readLineMarkers } from './jinja-source';
import type { SourceStep } from './remark-source-preprocess';

const RULE = 'mkdocs-macros';

/** The preprocessing step for remarkSourcePreprocess, or none when the project has no macros. */
export function mkdocsMacrosStep(project: MkDocsProject | undefined): SourceStep | undefined {
  const macros = project?.macros;
  if (!project || !macros) return undefined;
  const { tags } = macros;
  return {
    name: RULE,
    run(text, { file, report }) {
      if (!file.path || !isMacroSyntax(text, tags)) return undefined;
      const meta = frontmatterOf(file);
      const wanted = meta.render_macros ?? macros.renderByDefault;
      if (wanted !== true) return undefined;
      const variables = pageVariables(project, file.path, text, meta);
      const known = knownNames(text, variables, project);
      const page = prepareTemplate(text, tags, (name) => known.has(name), true);
      for (const kept of page.kept) report(keptMessage(kept.text), kept);
      const env = createEnvironment(project, known, report);
      try {
        const template = new nunjucks.Template(page.source, env, file.path, true);
        return readLineMarkers(template.render(variables));
      } catch (error) {
        const { reason, ...place } = describeError(error, file.path);
        report(
          `Jinja template could not be rendered (${reason}), so the page is shown as written. Fix the template or wrap literal braces in {% raw %}…{% endraw %}.`,
          place,
        );
        return undefined;
      }
    },
  };
}

function isMacroSyntax(text: string, tags: { variableStart: string; blockStart: string }) {
  return text.includes(tags.variableStart) || text.includes(tags.blockStart) || text.includes('{#');
}

function frontmatterOf(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  return data.astro?.frontmatter ?? {};
}

/** What a page sees: `extra:` at the top level, its frontmatter, `page`, `config`. */
function pageVariables(
  project: MkDocsProject,
  filePath: string,
  text: string,
  meta: Record<string, unknown>,
): Record<string, unknown> {
  const srcUri = path.relative(project.docsDir, filePath).split(path.sep).join('/');
  const slug = slugFromFile(srcUri, { keepOrderPrefixes: true });
  const url = slug ? `${slug}/` : '';
  const siteUrl = project.siteUrl ? project.siteUrl.replace(/\/?$/, '/') : '';
  const page = {
    title:
      navTitles(project.nav ?? []).get(srcUri) ??
      (typeof meta.title === 'string' ? meta.title : findFirstHeading(text)),
    meta,
    url,
    abs_url: `/${url}`,
    canonical_url: siteUrl ? new URL(url, siteUrl).href : url,
    file: { src_path: srcUri, src_uri: srcUri, url, name: path.basename(srcUri, '.md') },
  };
  const config = { ...project.raw, extra: project.extra, docs_dir: project.docsDir };
  return { ...project.extra, ...meta, page, config, extra: project.extra };
}

/** Every root name a `{{ }}` of this page may use: variables, and names the templates define. */
function knownNames(text: string, variables: Record<string, unknown>, project: MkDocsProject) {
  const { tags } = project.macros!;
  const names = new Set([...Object.keys(variables), 'True', 'False', 'None']);
  const seen = new Set<string>();
  const visit = (source: string) => {
    for (const name of definedNames(source, tags)) names.add(name);
    for (const include of includedNames(source, tags)) {
      const found = findTemplate(project, include);
      if (!found || seen.has(found)) continue;
      seen.add(found);
      visit(readFileSync(found, 'utf8'));
    }
  };
  visit(text);
  return names;
}

function findTemplate(project: MkDocsProject, name: string): string | undefined {
  return [project.macros!.includeDir, project.docsDir]
    .map((dir) => path.resolve(dir, name))
    .find((candidate) => existsSync(candidate));
}

type Report = (reason: string, place: { line: number; column: number; file?: string }) => void;

function createEnvironment(project: MkDocsProject, known: Set<string>, report: Report) {
  const { tags } = project.macros!;
  const loader: ILoader = {
    getSource(name: string) {
      const found = findTemplate(project, name);
      if (!found) return null;
      const prepared = prepareTemplate(
        readFileSync(found, 'utf8'),
        tags,
        (n) => known.has(n),
        false,
      );
      for (const kept of prepared.kept) report(keptMessage(kept.text), { ...kept, file: found });
      return { src: prepared.source, path: found, noCache: true };
    },
  };
  const env = new nunjucks.Environment(loader, {
    autoescape: false,
    throwOnUndefined: false,
    tags: {
      variableStart: tags.variableStart,
      variableEnd: tags.variableEnd,
      blockStart: tags.blockStart,
      blockEnd: tags.blockEnd,
    },
  });
  env.addGlobal('True', true).addGlobal('False', false).addGlobal('None', null);
  env.addFilter('pyslice', pythonSlice);
  return env;
}

/** `value[from:to]` as Python slices strings and lists. */
function pythonSlice(value: unknown, from: number | null, to: number | null): unknown {
  if (typeof value !== 'string' && !Array.isArray(value)) return value;
  return value.slice(from ?? 0, to ?? undefined);
}

function keptMessage(text: string): string {
  return `Jinja variable in "${text}" is not defined, so it is kept as written. Define it under extra: in mkdocs.yml or in the page's frontmatter, or wrap the text in {% raw %}…{% endraw %}.`;
}

/** nunjucks messages read `(path) [Line 3, Column 5]\n  reason`; the path may be an included file. */
function describeError(
  error: unknown,
  page: string,
): { line: number; column: number; file?: string; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const where = /\[Line (\d+), Column (\d+)\]/.exec(message);
  const inFile = /^(?:Template render error:\s*)?\(([^)]+)\)/.exec(message)?.[1];
  const file = inFile && inFile !== page && existsSync(inFile) ? inFile : undefined;
  const reason = message
    .replace(/^Template render error:\s*/, '')
    .replace(/^\([^)]*\)\s*(\[Line \d+, Column \d+\])?\s*/, '')
    .replace(/^Error:\s*/, '')
    .split('\n')[0]!
    .trim();
  const place = { line: Number(where?.[1] ?? 1), column: Number(where?.[2] ?? 1), reason };
  return file ? { ...place, file } : place;
}
