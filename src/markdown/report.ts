import path from 'node:path';
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';

/**
 * Records a problem on the file (for tests and tools) and prints it the way every message of this
 * project reads: `content/a.md:14:1: What was found. What to do. [rule]`. Astro does not print
 * vfile messages itself, so without the console line the author would never see it.
 */
export function warn(file: VFile, node: Node | undefined, reason: string, rule: string): void {
  const { label, place, note } = locate(file, node);
  file.message(note + reason, { place, ruleId: rule, source: 'course' });
  print(file, `${label}: ${note}${reason} [${rule}]`);
}

/**
 * Like warn(), for a problem found in the source before it was parsed (remark-source-preprocess):
 * the place is already a line of the file on disk, or of another file (`place.file`, an include).
 */
export function warnAtSource(
  file: VFile,
  place: { line: number; column: number; file?: string | undefined },
  reason: string,
  rule: string,
): void {
  file.message(reason, {
    place: { line: place.line, column: place.column },
    ruleId: rule,
    source: 'course',
  });
  const where = place.file ?? file.path;
  const name = where ? path.relative(process.cwd(), where) : '<markdown>';
  const message = `${name}:${place.line}:${place.column}: ${reason} [${rule}]`;
  // A file included by many pages has its problems printed once per build.
  print(file, message, place.file !== undefined && printedWarnings().has(message));
}

function print(file: VFile, message: string, quiet = false): void {
  // A render thread keeps its warnings with the lesson; the content loader prints them, once.
  if (!quiet && !warningsDeferred()) console.warn(message);
  printedWarnings().add(message);
  // Kept with the rendered lesson, so a build that takes the lesson from Astro's content cache
  // can print the warning again (see lessonLoader in src/content.config.ts).
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  const kept = (data.astro.frontmatter[WARNINGS_KEY] ??= []) as string[];
  kept.push(message);
}

/** The frontmatter key under which a rendered lesson keeps its warnings. */
export const WARNINGS_KEY = 'courseWarnings';

/**
 * The warnings printed in this process (see processWide).
 */
export function printedWarnings(): Set<string> {
  return processWide('printedWarnings', () => new Set<string>());
}

/**
 * One value per process (and per thread) under `name`, whichever module instance asks: the
 * content config and the Markdown plugins are loaded as separate instances of this file.
 */
function processWide<T>(name: string, create: () => T): T {
  const registry = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`course.${name}`);
  return (registry[key] ??= create()) as T;
}

/**
 * Everything fail() reported in this process (or a render thread handed back: recordFailure).
 * Astro's content loader logs a lesson that throws and goes on building without it, so the
 * content-errors integration turns these into a failed build (src/integrations/content-errors.ts).
 */
export function reportedFailures(): readonly string[] {
  return failures();
}

export function recordFailure(message: string): void {
  failures().push(message);
}

const failures = () => processWide('reportedFailures', (): string[] => []);

/** Makes warnings wait in the rendered lesson instead of being printed (render threads). */
export function deferWarnings(): void {
  deferral().deferred = true;
}

const warningsDeferred = () => deferral().deferred;
const deferral = () => processWide('deferWarnings', () => ({ deferred: false }));

/** Stops the build: the page would come out wrong. The message starts with file:line:column. */
export function fail(file: VFile, node: Node | undefined, reason: string, rule: string): never {
  const { label, place, note } = locate(file, node);
  const message = `${label}: ${note}${reason} [${rule}]`;
  recordFailure(message);
  return file.fail(message, {
    place,
    ruleId: rule,
    source: 'course',
  });
}

/** Where a line of the parsed text came from, when snippets changed the text (remark-snippets.ts). */
export interface LineOrigin {
  /** The line of the text snippets read: the `--8<--` line for included text. */
  line: number;
  /** The included file (relative to the project root) and its line. */
  snippet?: { file: string; line: number };
}

/** `file.data` key of the origin of each line of the parsed text (index 0 for line 1). */
export const LINE_ORIGINS_KEY = 'courseLineOrigins';

/**
 * The label `file:line:column`, the position in the file as written, and which snippet, if any.
 * A parsed line goes back through the text steps before parsing, snippets and frontmatter
 * included (`sourceLines`, remark-source-preprocess.ts); LINE_ORIGINS_KEY names the snippet.
 */
function locate(
  file: VFile,
  node: Node | undefined,
): { label: string; place: Position | undefined; note: string } {
  const where = file.path ? path.relative(process.cwd(), file.path) : '<markdown>';
  const position = node?.position;
  if (!position) return { label: where, place: undefined, note: '' };
  const origins = file.data[LINE_ORIGINS_KEY] as LineOrigin[] | undefined;
  const onDisk = (line: number) => file.data.sourceLines?.[line - 1] ?? line;
  const lesson = (point: Position['start']) => {
    const origin = origins?.[point.line - 1];
    return {
      point: { line: onDisk(point.line), column: origin?.snippet ? 1 : point.column },
      origin,
    };
  };
  const start = lesson(position.start);
  const place = { start: start.point, end: lesson(position.end).point };
  const snippet = start.origin?.snippet;
  return {
    label: `${where}:${place.start.line}:${place.start.column}`,
    place,
    note: snippet ? `In snippet ${snippet.file}:${snippet.line}: ` : '',
  };
}
