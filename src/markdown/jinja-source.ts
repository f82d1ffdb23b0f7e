/**
 * Source-level help for rendering mkdocs-macros pages with nunjucks, before the template engine
 * sees them:
 * - `{{ name }}` whose name nothing defines is wrapped in `{% raw %}`, so it stays as written (what
 *   mkdocs-macros' default `on_undefined: keep` does) and the caller can warn at its line;
 * - Python slices in expressions (`page.canonical_url[:-4]`) become a `pyslice` filter call,
 *   which nunjucks lacks;
 * - line ends outside tags get an invisible marker, so the rendered text can be mapped back to
 *   the lines as written (see readLineMarkers).
 */

export interface JinjaDelimiters {
  variableStart: string;
  variableEnd: string;
  blockStart: string;
  blockEnd: string;
}

export interface KeptExpression {
  text: string;
  line: number;
  column: number;
}

interface Segment {
  kind: 'text' | 'variable' | 'block' | 'comment' | 'raw';
  start: number;
  end: number;
}

const COMMENT = { start: '{#', end: '#}' };
const IDENTIFIER = /^\s*-?\s*([A-Za-z_]\w*)/;
const LITERALS = new Set(['true', 'false', 'none', 'True', 'False', 'None', 'not', 'null']);
const SLICE = /\[\s*(-?\d+)?\s*:\s*(-?\d+)?\s*\]/g;
const MARK_START = '\u{E000}';
const MARK_END = '\u{E001}';

/** Names a template defines itself: `{% set x %}`, `{% for a, b in %}`, `{% macro m(p) %}`, imports. */
export function definedNames(source: string, tags: JinjaDelimiters): Set<string> {
  const names = new Set([
    'loop',
    'range',
    'cycler',
    'joiner',
    'caller',
    'super',
    'varargs',
    'kwargs',
  ]);
  for (const segment of scan(source, tags)) {
    if (segment.kind !== 'block') continue;
    const inner = source.slice(
      segment.start + tags.blockStart.length,
      segment.end - tags.blockEnd.length,
    );
    const statement = /^\s*-?\s*(set|for|macro|import|from|with)\b([\s\S]*)$/.exec(inner);
    if (!statement) continue;
    const [, keyword, rest = ''] = statement;
    const head =
      keyword === 'for' ? rest.split(/\bin\b/)[0]! : keyword === 'set' ? rest.split('=')[0]! : rest;
    const found =
      keyword === 'macro'
        ? head.match(/[A-Za-z_]\w*/g)
        : keyword === 'import' || keyword === 'from'
          ? (head.match(/\bas\s+([A-Za-z_]\w*)|\bimport\s+([\w\s,]+)/g) ?? []).flatMap((part) =>
              part.replace(/\b(as|import)\b/g, '').split(','),
            )
          : head.match(/[A-Za-z_]\w*/g);
    for (const name of found ?? []) if (name.trim()) names.add(name.trim());
  }
  return names;
}

/** Names of templates pulled in with `{% include "x" %}` / `{% import "x" %}` (literal names only). */
export function includedNames(source: string, tags: JinjaDelimiters): string[] {
  const found: string[] = [];
  for (const segment of scan(source, tags)) {
    if (segment.kind !== 'block') continue;
    const inner = source.slice(segment.start, segment.end);
    const match = /\b(?:include|import|from|extends)\s+(["'])([^"']+)\1/.exec(inner);
    if (match) found.push(match[2]!);
  }
  return found;
}

/**
 * Rewrites a template as described at the top. `known` answers whether a root name is defined;
 * `mark` adds the line markers (the page itself, not the files it includes).
 */
export function prepareTemplate(
  source: string,
  tags: JinjaDelimiters,
  known: (name: string) => boolean,
  mark: boolean,
): { source: string; kept: KeptExpression[] } {
  const kept: KeptExpression[] = [];
  let out = '';
  for (const segment of scan(source, tags)) {
    const text = source.slice(segment.start, segment.end);
    if (segment.kind === 'variable') {
      const inner = text.slice(tags.variableStart.length, text.length - tags.variableEnd.length);
      const root = IDENTIFIER.exec(inner)?.[1];
      if (root && !LITERALS.has(root) && !known(root)) {
        kept.push({ text, ...position(source, segment.start) });
        out += `${tags.blockStart} raw ${tags.blockEnd}${text}${tags.blockStart} endraw ${tags.blockEnd}`;
      } else out += text.replace(SLICE, sliceFilter);
    } else if (segment.kind === 'block') out += text.replace(SLICE, sliceFilter);
    else if (segment.kind === 'comment') out += text;
    else out += mark ? markLines(text, lineOf(source, segment.start)) : text;
  }
  return { source: out, kept };
}

/** Strips the markers and says, for each rendered line, which line it came from. */
export function readLineMarkers(rendered: string): { text: string; lines: number[] } {
  const pattern = new RegExp(`${MARK_START}(\\d+)${MARK_END}`, 'g');
  const renderedLines = rendered.split('\n');
  const lines: number[] = new Array<number>(renderedLines.length);
  let pending: number[] = [];
  const text = renderedLines
    .map((line, index) => {
      const first = new RegExp(pattern.source).exec(line);
      if (first) {
        const source = Number(first[1]);
        for (const waiting of pending) lines[waiting] = source;
        pending = [];
        lines[index] = source;
      } else pending.push(index);
      return line.replace(pattern, '');
    })
    .join('\n');
  // Text after the last line end (the page's final line) has no marker of its own.
  const last = lines.findLast((line) => line !== undefined) ?? 0;
  for (const waiting of pending) lines[waiting] = last + 1;
  return { text, lines };
}

function sliceFilter(_whole: string, from?: string, to?: string): string {
  return ` | pyslice(${from ?? 'none'}, ${to ?? 'none'})`;
}

/** Adds `<marker n>` before each line end of a text run that starts on line `firstLine`. */
function markLines(text: string, firstLine: number): string {
  let line = firstLine;
  return text.replace(/\r?\n/g, (newline) => `${MARK_START}${line++}${MARK_END}${newline}`);
}

/** The last page scanned: each page is scanned by three callers in a row. */
let lastScan: { source: string; tags: JinjaDelimiters; segments: Segment[] } | undefined;

/** Splits a template into text, `{{ }}`, `{% %}`, `{# #}` and `{% raw %}` runs. */
function scan(source: string, tags: JinjaDelimiters): Segment[] {
  if (lastScan?.source === source && lastScan.tags === tags) return lastScan.segments;
  const segments = scanSegments(source, tags);
  lastScan = { source, tags, segments };
  return segments;
}

function scanSegments(source: string, tags: JinjaDelimiters): Segment[] {
  const segments: Segment[] = [];
  const openers = [
    { kind: 'variable' as const, start: tags.variableStart, end: tags.variableEnd },
    { kind: 'block' as const, start: tags.blockStart, end: tags.blockEnd },
    { kind: 'comment' as const, ...COMMENT },
  ];
  let at = 0;
  let textStart = 0;
  while (at < source.length) {
    // The nearest opener; at the same place, the first of the list.
    let opener: (typeof openers)[number] | undefined;
    let next = source.length;
    for (const candidate of openers) {
      const found = source.indexOf(candidate.start, at);
      if (found >= 0 && found < next) [opener, next] = [candidate, found];
    }
    if (!opener) break;
    at = next;
    const close = source.indexOf(opener.end, at + opener.start.length);
    if (close < 0) break;
    if (textStart < at) segments.push({ kind: 'text', start: textStart, end: at });
    const end = close + opener.end.length;
    const isRaw =
      opener.kind === 'block' &&
      /^\s*-?\s*raw\s*-?\s*$/.test(source.slice(at + opener.start.length, close));
    segments.push({ kind: opener.kind, start: at, end });
    at = end;
    if (isRaw) {
      const endRaw = new RegExp(
        `${escape(tags.blockStart)}\\s*-?\\s*endraw\\s*-?\\s*${escape(tags.blockEnd)}`,
        'g',
      );
      endRaw.lastIndex = end;
      const found = endRaw.exec(source);
      const rawEnd = found ? found.index : source.length;
      segments.push({ kind: 'raw', start: end, end: rawEnd });
      if (found) segments.push({ kind: 'block', start: rawEnd, end: rawEnd + found[0].length });
      at = found ? rawEnd + found[0].length : source.length;
    }
    textStart = at;
  }
  if (textStart < source.length)
    segments.push({ kind: 'text', start: textStart, end: source.length });
  return segments;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

function position(source: string, offset: number): { line: number; column: number } {
  const line = lineOf(source, offset);
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return { line, column: offset - lineStart + 1 };
}
