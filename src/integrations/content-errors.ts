/**
 * Fails the build when a lesson could not be rendered. Astro's glob loader logs a Markdown file
 * whose plugins threw and builds the site without it; a course with a silently missing lesson is
 * worse than no build, so the messages fail() recorded are repeated and the build stops.
 */
import type { AstroIntegration } from 'astro';
import { reportedFailures } from '../markdown/report.ts';

function stopOnFailures(): void {
  const failures = reportedFailures();
  if (failures.length === 0) return;
  throw new Error(
    `${failures.length} lesson problem(s) stop the build:\n${failures.map((failure) => `  ${failure}`).join('\n')}`,
  );
}

export function contentErrors(): AstroIntegration {
  return {
    name: 'course:content-errors',
    hooks: {
      // Content is synced (and Markdown rendered) before the build starts.
      'astro:build:start': stopOnFailures,
    },
  };
}
