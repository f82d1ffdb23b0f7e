/**
 * Lessons rendered in child processes. Astro renders Markdown on its main thread, and the Markdown
 * plugins are most of a build's work; here the glob loader's Markdown renderer can be swapped for a
 * pool of Node processes (tinypool) running the very same processor (render-process.ts), while the
 * main thread goes on reading files and storing lessons.
 *
 *   COURSE_RENDER_PROCESSES=3    three render processes
 *   (unset or 0)                 render in the main thread, as Astro does; `astro dev` always does
 *
 * Off by default, because on the 2-core machine this project is measured on it does not pay. Two
 * processes render 1,000 generated lessons in 10.5–10.8 s against 13.3–15.8 s for one (a process
 * renders about 30 % slower while the other runs), but inside a build they need 1–2.6 s to start
 * and the main thread renders faster than a lone process (11.7 s for the same lessons), so cold
 * builds took 22.9–28.1 s with the pool against 23.9–27.5 s without, for 30 % more CPU time.
 * Worker threads did worse (two ran at about half speed each). Where there are more cores than
 * two, each process has one of its own: try it there (`npm run bench` measures both).
 *
 * The pool starts at once when a cold build (empty content cache) finds more than
 * renderedHereFirst() lessons, and otherwise when that many have been rendered here; until a
 * process has answered, lessons beyond one waiting task per process are rendered here, so no time
 * is lost while the processes start. It stops when the lessons are loaded, before Astro renders
 * the pages. Processes run a bundle of render-process.ts (esbuild, packages left as imports) kept
 * in node_modules/.course/ under a name made of its own hash, so concurrent builds share it
 * safely. Tasks and replies are copied with the structured-clone algorithm (`serialization:
 * 'advanced'`), so frontmatter dates stay dates. The output is the same byte for byte either way
 * (tests/integration/parallel-render.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Tinypool } from 'tinypool';
import {
  IMAGE_OPTIONS_KEY,
  type ImageOptions,
  type RenderedLesson,
  type RenderReply,
  type RenderTask,
} from './render-task';
import { recordFailure } from './report';

/** How many render processes COURSE_RENDER_PROCESSES asks for (0: render in the main thread). */
export function renderProcesses(): number {
  const wanted = Math.floor(Number(process.env.COURSE_RENDER_PROCESSES ?? 0)) || 0;
  return Math.min(Math.max(0, wanted), availableParallelism() * 2);
}

/** What Astro's glob loader gives a Markdown render function. */
interface Entry {
  body?: string;
  data: Record<string, unknown>;
  filePath?: string;
}

/** Astro's own Markdown render function, which renders in this process. */
export type RenderHere<Rendered> = (entry: Entry) => Promise<Rendered>;

export interface RenderPool {
  /** Renders with `here` the build's first lessons, in the pool the rest. */
  render<Rendered>(entry: Entry, here: RenderHere<Rendered>): Promise<Rendered | RenderedLesson>;
  /** How many lessons the processes rendered. */
  readonly rendered: number;
  /** Starts the processes now (they take a second or two). */
  start(): void;
  /** Stops the processes, if any were started. */
  close(): Promise<void>;
}

export interface RenderPoolOptions {
  processes: number;
  /** The project folder (src/ and node_modules/ are found there). */
  root: string;
  /** The site's base path, for code that reads `import.meta.env.BASE_URL`. */
  base: string;
  image: ImageOptions;
}

/**
 * Lessons a build renders in its own process before it starts the pool: a process takes 1–2 s to
 * start (loading the plugins, Shiki and Mermaid, then warming them up), more than rendering a few
 * dozen lessons here, so a small course or a rebuild after a few edits never starts one. A cold
 * build of a larger course starts the pool at once (`start()`). COURSE_RENDER_HERE_FIRST changes
 * the number (the tests use 0 to send every lesson to the pool).
 */
const RENDERED_HERE_FIRST = 50;

/** How many lessons to render in this process before the pool starts. */
export function renderedHereFirst(): number {
  const wanted = Number(process.env.COURSE_RENDER_HERE_FIRST || NaN);
  return Number.isInteger(wanted) && wanted >= 0 ? wanted : RENDERED_HERE_FIRST;
}

/**
 * A pool that starts its processes when `start()` is called or a build has more than
 * renderedHereFirst() lessons to render. Until a process has answered, lessons beyond one waiting
 * task per process are rendered here, so no time is lost while the processes start.
 */
export function renderPool(options: RenderPoolOptions): RenderPool {
  let pool: Promise<Tinypool> | undefined;
  const hereFirst = renderedHereFirst();
  let requested = 0;
  let rendered = 0;
  let waiting = 0;
  let answered = false;
  const start = () => (pool ??= startPool(options));
  return {
    get rendered() {
      return rendered;
    },
    start() {
      // A pool that cannot start fails the first lesson sent to it.
      start().catch(() => undefined);
    },
    async render(entry, here) {
      requested++;
      if (!pool && requested <= hereFirst) return here(entry);
      if (!answered && waiting >= options.processes) return here(entry);
      rendered++;
      waiting++;
      const task: RenderTask = {
        body: entry.body ?? '',
        filePath: entry.filePath,
        frontmatter: entry.data,
      };
      let reply: RenderReply;
      try {
        reply = (await (await start()).run(task)) as RenderReply;
      } finally {
        waiting--;
        answered = true;
      }
      if ('failed' in reply) {
        for (const failure of reply.failures) recordFailure(failure);
        throw new Error(reply.failed);
      }
      return reply;
    },
    async close() {
      // A pool that could not start has no processes to stop; its error was the lessons'.
      const started = await pool?.catch(() => undefined);
      pool = undefined;
      await started?.destroy();
    },
  };
}

async function startPool({ processes, root, base, image }: RenderPoolOptions): Promise<Tinypool> {
  const filename = await bundleRenderProcess(root, base);
  return new Tinypool({
    filename: pathToFileURL(filename).href,
    runtime: 'child_process',
    serialization: 'advanced',
    // A forked process gets only the environment it is given.
    env: { ...process.env, [IMAGE_OPTIONS_KEY]: JSON.stringify(image) } as Record<string, string>,
    minThreads: processes,
    maxThreads: processes,
  });
}

async function bundleRenderProcess(root: string, base: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'src/markdown/render-process.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'error',
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = path.join(root, 'node_modules', '.course');
  const file = path.join(dir, `render-process-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return file;
}
