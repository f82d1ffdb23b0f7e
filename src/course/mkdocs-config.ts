import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, isSeq, parseDocument, visit } from 'yaml';
import { normalizeNav, type NavItem } from './mkdocs-nav';

/**
 * An MkDocs project read from its mkdocs.yml (MKDOCS_CONFIG=path/to/mkdocs.yml), reduced to what
 * this site uses. Paths are absolute; everything else keeps MkDocs' names and defaults.
 */
export interface MkDocsProject {
  configFile: string;
  /** Folder of mkdocs.yml: MkDocs runs there, so snippets and includes resolve from it. */
  rootDir: string;
  /** `docs_dir`, default `docs`, relative to mkdocs.yml. */
  docsDir: string;
  siteName: string;
  siteUrl: string | undefined;
  siteDescription: string | undefined;
  repoUrl: string | undefined;
  editUri: string | undefined;
  /** `theme.language`; MkDocs Material's default is `en`, left undefined here when absent. */
  language: string | undefined;
  /** The `extra:` mapping: variables for mkdocs-macros pages. */
  extra: Record<string, unknown>;
  /** `nav:`, normalised; undefined when the project lets MkDocs build the nav from the files. */
  nav: NavItem[] | undefined;
  /** gitignore-style patterns: MkDocs' defaults (`.*`, `/templates/`), `exclude_docs`, the `exclude` plugin. */
  exclude: string[];
  /** Plugins in the order listed, with their options (`search`, `macros`, ...). */
  plugins: Map<string, Record<string, unknown>>;
  /** Markdown extensions with their options; an extension listed twice has its options merged. */
  markdownExtensions: Map<string, Record<string, unknown>>;
  snippets: SnippetsOptions | undefined;
  macros: MacrosOptions | undefined;
  /** The whole mkdocs.yml as plain data, for `config.*` in macros. */
  raw: Record<string, unknown>;
}

/** `pymdownx.snippets` options, for the snippets plugin. Paths are absolute. */
export interface SnippetsOptions {
  /** Folders searched for `--8<-- "file"`, in order; default: the folder of mkdocs.yml. */
  basePath: string[];
  /** Files appended to every page. */
  autoAppend: string[];
  /** A missing snippet is an error rather than a silent skip. */
  checkPaths: boolean;
  /** The options as written, for anything not modelled above. */
  raw: Record<string, unknown>;
}

/** mkdocs-macros options this site honours. */
export interface MacrosOptions {
  /** Folder that `{% include %}` resolves from (`include_dir`), default the docs folder. */
  includeDir: string;
  /** `render_by_default`: false means only pages with `render_macros: true` are rendered. */
  renderByDefault: boolean;
  /** Jinja delimiters (`j2_variable_start_string` ...), when the project changes them. */
  tags: { variableStart: string; variableEnd: string; blockStart: string; blockEnd: string };
}

/** MkDocs always excludes these (mkdocs/structure/files.py). */
const DEFAULT_EXCLUDE = ['.*', '/templates/'];

/** Reads mkdocs.yml. Custom tags (`!!python/name:…`) are kept as text; `!ENV` is resolved. */
export function readMkDocsProject(configFile: string): MkDocsProject {
  const file = path.resolve(configFile);
  if (!existsSync(file)) {
    throw new Error(
      `MKDOCS_CONFIG: no file at ${configFile}. Point it at the project's mkdocs.yml.`,
    );
  }
  const raw = parseMkDocsYaml(readFileSync(file, 'utf8'), file);
  const rootDir = path.dirname(file);
  const docsDir = path.resolve(rootDir, text(raw.docs_dir) ?? 'docs');
  const theme = record(raw.theme);
  const plugins = namedEntries(raw.plugins);
  const markdownExtensions = namedEntries(raw.markdown_extensions);
  const excludePlugin = plugins.get('exclude');
  return {
    configFile: file,
    rootDir,
    docsDir,
    siteName: text(raw.site_name) ?? path.basename(rootDir),
    siteUrl: text(raw.site_url),
    siteDescription: text(raw.site_description),
    repoUrl: text(raw.repo_url),
    editUri: text(raw.edit_uri),
    language: text(theme.language),
    extra: record(raw.extra),
    nav: Array.isArray(raw.nav) ? normalizeNav(raw.nav) : undefined,
    exclude: [
      ...DEFAULT_EXCLUDE,
      ...lines(raw.exclude_docs),
      // The exclude plugin's fnmatch globs match whole paths, and their `*` crosses folders.
      ...list(excludePlugin?.glob).map((glob) =>
        glob.startsWith('*') ? glob : `/${glob.replace(/^\/+/, '')}`,
      ),
    ],
    plugins,
    markdownExtensions,
    snippets: snippetsOptions(markdownExtensions.get('pymdownx.snippets'), rootDir),
    macros: plugins.has('macros')
      ? macrosOptions(plugins.get('macros')!, docsDir, rootDir)
      : undefined,
    raw,
  };
}

/** Parses mkdocs.yml text; throws with the file name on invalid YAML. */
export function parseMkDocsYaml(source: string, file = 'mkdocs.yml'): Record<string, unknown> {
  const document = parseDocument(source, { prettyErrors: true, uniqueKeys: false });
  if (document.errors.length > 0) {
    throw new Error(`${file}: ${document.errors.map((error) => error.message).join('\n')}`);
  }
  visit(document, {
    Node(_key, node) {
      if (!node.tag) return undefined;
      if (node.tag === '!ENV') return document.createNode(envValue(node));
      const name = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      if (CORE_TAGS.has(name)) return undefined;
      // Python-only tags (Material's `!!python/name:…` emoji functions) mean nothing here: kept as text.
      if (isScalar(node))
        node.value = [name, node.value].filter((part) => part || part === 0).join(' ');
      node.tag = undefined;
      return undefined;
    },
  });
  return record(document.toJS());
}

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'binary', 'timestamp', 'set', 'omap'].map(
    (name) => `!!${name}`,
  ),
);

/** `!ENV NAME` or `!ENV [NAME, OTHER, default]`, as MkDocs (pyyaml-env-tag) reads them. */
function envValue(node: unknown): unknown {
  const items = isSeq(node)
    ? node.items.map((item) => (isScalar(item) ? item.value : undefined))
    : [isScalar(node) ? node.value : undefined];
  const names = items.length > 1 ? items.slice(0, -1) : items;
  for (const name of names) {
    const value = process.env[String(name)];
    if (value !== undefined) return value;
  }
  return items.length > 1 ? items.at(-1) : null;
}

function snippetsOptions(
  options: Record<string, unknown> | undefined,
  rootDir: string,
): SnippetsOptions | undefined {
  if (!options) return undefined;
  const basePath = list(options.base_path);
  return {
    basePath: (basePath.length > 0 ? basePath : ['.']).map((dir) => path.resolve(rootDir, dir)),
    autoAppend: list(options.auto_append),
    checkPaths: options.check_paths === true,
    raw: options,
  };
}

function macrosOptions(
  options: Record<string, unknown>,
  docsDir: string,
  rootDir: string,
): MacrosOptions {
  const includeDir = text(options.include_dir);
  return {
    includeDir: includeDir ? path.resolve(rootDir, includeDir) : docsDir,
    renderByDefault: options.render_by_default !== false,
    tags: {
      variableStart: text(options.j2_variable_start_string) ?? '{{',
      variableEnd: text(options.j2_variable_end_string) ?? '}}',
      blockStart: text(options.j2_block_start_string) ?? '{%',
      blockEnd: text(options.j2_block_end_string) ?? '%}',
    },
  };
}

/**
 * `plugins:` and `markdown_extensions:` are lists of names or one-key maps (or, rarely, one map):
 * all become name -> options. A name listed twice merges its options, the later winning.
 */
function namedEntries(value: unknown): Map<string, Record<string, unknown>> {
  const entries = new Map<string, Record<string, unknown>>();
  const add = (name: string, options: unknown) =>
    entries.set(name, { ...entries.get(name), ...record(options) });
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string') add(item, {});
      else for (const [name, options] of Object.entries(record(item))) add(name, options);
    }
  } else for (const [name, options] of Object.entries(record(value))) add(name, options);
  return entries;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/** `exclude_docs` is a block of gitignore lines. */
function lines(value: unknown): string[] {
  return (text(value) ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The MkDocs project this build is for (MKDOCS_CONFIG), or undefined for a course in content/. */
export const mkdocsProject: MkDocsProject | undefined = process.env.MKDOCS_CONFIG
  ? readMkDocsProject(process.env.MKDOCS_CONFIG)
  : undefined;
