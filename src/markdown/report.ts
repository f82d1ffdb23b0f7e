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
  const message = `${label}: ${note}${reason} [${rule}]`;
  console.warn(message);
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
 * The warnings printed in this process. A process-wide registry, because the content config and
 * the Markdown plugins are loaded as separate module instances.
 */
export function printedWarnings(): Set<string> {
  const registry = globalThis as { [PRINTED]?: Set<string> };
  return (registry[PRINTED] ??= new Set());
}
const PRINTED = Symbol.for('course.printedWarnings');

const failures: string[] = [];

/**
 * Everything fail() reported in this process. Astro's content loader logs a lesson that throws
 * and goes on building without it, so the content-errors integration turns these into a failed
 * build (src/integrations/content-errors.ts).
 */
export function reportedFailures(): readonly string[] {
  return failures;
}

/** Stops the build: the page would come out wrong. The message starts with file:line:column. */
export function fail(file: VFile, node: Node | undefined, reason: string, rule: string): never {
  const { label, place, note } = locate(file, node);
  const message = `${label}: ${note}${reason} [${rule}]`;
  failures.push(message);
  return file.fail(message, {
    place,
    ruleId: rule,
    source: 'course',
  });
}

/** Where a line of the parsed text came from, when snippets changed the text (remark-snippets.ts). */
export interface LineOrigin {
  /** The lesson's own line: the `--8<--` line for included text. */
  line: number;
  /** The included file (relative to the project root) and its line. */
  snippet?: { file: string; line: number };
}

/** `file.data` key of the origin of each line of the parsed text (index 0 for line 1). */
export const LINE_ORIGINS_KEY = 'courseLineOrigins';

/** The label `file:line:column`, the position in the lesson, and which snippet, if any. */
function locate(
  file: VFile,
  node: Node | undefined,
): { label: string; place: Position | undefined; note: string } {
  const where = file.path ? path.relative(process.cwd(), file.path) : '<markdown>';
  const position = node?.position;
  if (!position) return { label: where, place: undefined, note: '' };
  const origins = file.data[LINE_ORIGINS_KEY] as LineOrigin[] | undefined;
  const lesson = (point: Position['start']) => {
    const origin = origins?.[point.line - 1];
    if (!origin) return { point, origin };
    return { point: { line: origin.line, column: origin.snippet ? 1 : point.column }, origin };
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
