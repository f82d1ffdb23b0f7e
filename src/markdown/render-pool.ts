/**
 * Lessons rendered in worker threads. Astro renders Markdown on its main thread, and the Markdown
 * plugins are most of a build's work; here the glob loader's Markdown renderer can be swapped for
 * a pool of worker threads (piscina) running the very same processor (render-thread.ts), while
 * the main thread goes on reading files and storing lessons.
 *
 *   COURSE_RENDER_THREADS=4   four render threads
 *   (unset or 0)              render in the main thread, as Astro does; `astro dev` always does
 *
 * Off by default because on the 2-core machine this project is measured on it hardly pays:
 * two threads took the 1,000-lesson build from 24–33 s to 22–29 s at best (none in some runs),
 * and peak memory rose from 1.04–1.09 GB to 1.3–1.5 GB. A single render thread is about 15 %
 * slower than the main thread there, and two threads render at about half speed each (two
 * processes did better, 80 %). `npm run bench` measures it again on each machine.
 *
 * Threads run a bundle of render-thread.ts (esbuild, packages left as imports) kept in
 * node_modules/.course/ under a name made of its own hash, so concurrent builds share it safely.
 * The pool starts with the first lesson to render (none when every lesson comes from the content
 * cache) and stops when the lessons are loaded. The output is the same byte for byte either way
 * (tests/integration/parallel-render.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Piscina } from 'piscina';
import type { RenderedLesson, RenderReply, RenderTask } from './render-thread';
import { recordFailure } from './report';

/** How many render threads COURSE_RENDER_THREADS asks for (0: render in the main thread). */
export function renderThreads(): number {
  const wanted = Math.floor(Number(process.env.COURSE_RENDER_THREADS ?? 0)) || 0;
  return Math.min(Math.max(0, wanted), availableParallelism() * 2);
}

/** What Astro's glob loader gives a Markdown render function. */
interface Entry {
  body?: string;
  data: Record<string, unknown>;
  filePath?: string;
}

export interface RenderPool {
  render(entry: Entry): Promise<RenderedLesson>;
  /** How many lessons the threads rendered. */
  readonly rendered: number;
  /** Stops the threads, if any were started. */
  close(): Promise<void>;
}

export interface RenderPoolOptions {
  threads: number;
  /** The project folder (src/ and node_modules/ are found there). */
  root: string;
  /** The site's base path, for code that reads `import.meta.env.BASE_URL`. */
  base: string;
  image: RenderTask['image'];
}

/** A pool that starts its threads when the first lesson is rendered. */
export function renderPool(options: RenderPoolOptions): RenderPool {
  let pool: Promise<Piscina> | undefined;
  let rendered = 0;
  return {
    get rendered() {
      return rendered;
    },
    async render(entry) {
      pool ??= startPool(options);
      rendered++;
      const reply = (await (
        await pool
      ).run({
        body: entry.body ?? '',
        filePath: entry.filePath,
        frontmatter: entry.data,
        image: options.image,
      } satisfies RenderTask)) as RenderReply;
      if ('failed' in reply) {
        for (const failure of reply.failures) recordFailure(failure);
        throw new Error(reply.failed);
      }
      return reply;
    },
    async close() {
      if (pool) await (await pool).destroy();
      pool = undefined;
    },
  };
}

async function startPool({ threads, root, base }: RenderPoolOptions): Promise<Piscina> {
  const filename = await bundleRenderThread(root, base);
  return new Piscina({
    filename: pathToFileURL(filename).href,
    minThreads: threads,
    maxThreads: threads,
  });
}

async function bundleRenderThread(root: string, base: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'src/markdown/render-thread.ts')],
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
  const file = path.join(dir, `render-thread-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return file;
}
