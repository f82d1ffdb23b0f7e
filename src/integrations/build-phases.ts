/**
 * Where a build's time goes, for `npm run bench`: with COURSE_BUILD_PHASES=<file>, `astro build`
 * writes the seconds each phase took to that file as JSON. The phases are cut by marks on
 * Node's process-wide performance timeline, set where each phase starts:
 *
 *   start-up            process start → the lessons' loader starts
 *   lessons             loading and rendering the lessons (src/content.config.ts)
 *   content             the rest of the content sync, and Astro's preparation → astro:build:start
 *   bundle              Vite bundles the pages → the first page is rendered (src/middleware.ts)
 *   pages               rendering and writing every page → astro:build:generated
 *   finishing           sitemap, search index, … → astro:build:done has run for every integration
 *
 * Without the variable the marks cost a few microseconds and nothing is written.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** The marks, in the order a build reaches them. */
const MARKS = ['lessons', 'lessons-done', 'build', 'pages', 'generated'] as const;

export type BuildPhase = (typeof MARKS)[number];

const PREFIX = 'course:phase:';

/** Marks the start of `phase`; only its first mark counts. */
export function markPhase(phase: BuildPhase): void {
  if (performance.getEntriesByName(PREFIX + phase, 'mark').length === 0) {
    performance.mark(PREFIX + phase);
  }
}

function markedAt(phase: BuildPhase): number | undefined {
  return performance.getEntriesByName(PREFIX + phase, 'mark')[0]?.startTime;
}

/** Seconds per phase, from marks (milliseconds since the process started) and the end time. */
export function phaseSeconds(
  marks: Partial<Record<BuildPhase, number>>,
  end: number,
): Record<string, number> {
  const cuts: [string, number | undefined][] = [
    ['start-up', 0],
    ['lessons', marks.lessons],
    ['content', marks['lessons-done']],
    ['bundle', marks.build],
    ['pages', marks.pages],
    ['finishing', marks.generated],
  ];
  const known = cuts.filter((cut): cut is [string, number] => cut[1] !== undefined);
  return Object.fromEntries(
    known.map(([name, at], i) => [name, ((known[i + 1]?.[1] ?? end) - at) / 1000]),
  );
}

/** Writes the phases to COURSE_BUILD_PHASES when the build is done. Keep it last in the list. */
export function buildPhases(): AstroIntegration {
  const file = process.env.COURSE_BUILD_PHASES;
  return {
    name: 'course:build-phases',
    hooks: {
      'astro:build:start': () => markPhase('build'),
      'astro:build:generated': () => markPhase('generated'),
      'astro:build:done': () => {
        if (!file) return;
        const marks = Object.fromEntries(MARKS.map((phase) => [phase, markedAt(phase)]));
        writeFileSync(file, JSON.stringify(phaseSeconds(marks, performance.now())));
      },
    },
  };
}
