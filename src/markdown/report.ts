import path from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/**
 * Records a problem on the file (for tests and tools) and prints it the way every message of this
 * project reads: `content/a.md:14:1: What was found. What to do. [rule]`. Astro does not print
 * vfile messages itself, so without the console line the author would never see it.
 */
export function warn(file: VFile, node: Node | undefined, reason: string, rule: string): void {
  file.message(reason, { place: node?.position, ruleId: rule, source: 'course' });
  console.warn(`${locate(file, node)}: ${reason} [${rule}]`);
}

/** Stops the build: the page would come out wrong. The message starts with file:line:column. */
export function fail(file: VFile, node: Node | undefined, reason: string, rule: string): never {
  return file.fail(`${locate(file, node)}: ${reason} [${rule}]`, {
    place: node?.position,
    ruleId: rule,
    source: 'course',
  });
}

function locate(file: VFile, node: Node | undefined): string {
  const where = file.path ? path.relative(process.cwd(), file.path) : '<markdown>';
  const start = node?.position?.start;
  return start ? `${where}:${start.line}:${start.column}` : where;
}
