/**
 * Bench hook: how much the site's Markdown plugins cost over plain remark-gfm on the real MkDocs
 * courses (the issue allows at most +25 %). Renders the same files both ways, each in its own
 * process (the fastest of BENCH_RENDER_ROUNDS (5) rounds after a warm-up round), the two
 * pipelines taking turns BENCH_RENDER_PROCESSES (2) times; a pipeline's time is its fastest
 * round. Minimums, because on this shared 2-core machine the same render varies by ±30 %, and
 * noise only ever adds time.
 *
 *   const result = await benchCorpusRender();
 *   result.total.overhead // 0.18 = plugins take 18 % longer
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CORPORA } from './expectations.ts';

export interface RenderTimes {
  files: number;
  pluginsMs: number;
  plainMs: number;
  /** pluginsMs / plainMs - 1. */
  overhead: number;
}

export interface CorpusRenderBench {
  corpora: (RenderTimes & { name: string })[];
  total: RenderTimes;
}

const root = path.resolve(import.meta.dirname, '../..');

/** Renders every corpus course found in `corporaDir` with and without the plugins. */
export async function benchCorpusRender(
  corporaDir = path.resolve(root, process.env.CORPORA_DIR ?? '../shared/corpora'),
): Promise<CorpusRenderBench> {
  // Inside the project (dist-* is ignored by git), so the bundle finds node_modules.
  mkdirSync(path.join(root, 'dist-bench'), { recursive: true });
  const outDir = mkdtempSync(path.join(root, 'dist-bench', 'corpus-render-'));
  try {
    const worker = path.join(outDir, 'render-worker.mjs');
    const { build } = await import('esbuild');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'render-worker.ts')],
      outfile: worker,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'error',
    });
    // The diagram check's worker thread is started from a file next to the code that starts it.
    for (const file of ['mermaid-worker.ts', 'mermaid-syntax.ts']) {
      cpSync(path.join(root, 'src/markdown', file), path.join(outDir, file));
    }
    const corpora = CORPORA.map((corpus) => path.join(corporaDir, corpus.name, 'mkdocs.yml'))
      .filter((config) => existsSync(config))
      .map((config) => ({
        name: path.basename(path.dirname(config)),
        ...runWorker(worker, config),
      }));
    const sum = (key: 'files' | 'pluginsMs' | 'plainMs') =>
      corpora.reduce((total, corpus) => total + corpus[key], 0);
    return { corpora, total: withOverhead(sum('files'), sum('pluginsMs'), sum('plainMs')) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function runWorker(worker: string, config: string): RenderTimes {
  const times = { plugins: Infinity, plain: Infinity };
  let files = 0;
  for (let turn = 0; turn < Number(process.env.BENCH_RENDER_PROCESSES ?? 2); turn++) {
    for (const pipeline of ['plugins', 'plain'] as const) {
      const result = spawnSync(process.execPath, [worker], {
        cwd: root,
        env: { ...process.env, MKDOCS_CONFIG: config, BENCH_PIPELINE: pipeline },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const line = result.stdout.trim().split('\n').at(-1) ?? '';
      if (result.status !== 0 || !line.startsWith('{')) {
        throw new Error(`render bench failed for ${config}:\n${result.stderr}`);
      }
      const measured = JSON.parse(line) as { files: number; ms: number };
      files = measured.files;
      times[pipeline] = Math.min(times[pipeline], measured.ms);
    }
  }
  return withOverhead(files, times.plugins, times.plain);
}

function withOverhead(files: number, pluginsMs: number, plainMs: number): RenderTimes {
  return { files, pluginsMs, plainMs, overhead: plainMs > 0 ? pluginsMs / plainMs - 1 : 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchCorpusRender(), null, 2));
}
