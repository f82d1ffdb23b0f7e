/**
 * Bench hook: the MkDocs issue's speed budget as it is written, on whole builds. Each corpus
 * course is built by `astro build` with the site's Markdown plugins and with plain remark-gfm
 * (COURSE_MARKDOWN=plain, astro.config.mjs); the plugins may add at most 25 % to the build time.
 *
 * Each pipeline keeps its own Astro cache, so converted images are reused, as in an author's
 * rebuilds; the rendered lessons are dropped before every build, so every page is rendered again.
 * One untimed build per pipeline fills the image cache, then the two take turns
 * BENCH_BUILD_TURNS (2) times; a pipeline's time is its fastest build (noise only adds time).
 *
 *   const result = benchCorpusBuilds();
 *   result.total.overhead // 0.18 = builds with the plugins take 18 % longer
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CORPORA } from './expectations.ts';

export interface BuildTimes {
  pluginsMs: number;
  plainMs: number;
  /** pluginsMs / plainMs - 1. */
  overhead: number;
}

const root = path.resolve(import.meta.dirname, '../..');
const PIPELINES = ['plugins', 'plain'] as const;

export function benchCorpusBuilds(
  corporaDir = path.resolve(root, process.env.CORPORA_DIR ?? '../shared/corpora'),
): { corpora: (BuildTimes & { name: string })[]; total: BuildTimes } {
  const turns = Number(process.env.BENCH_BUILD_TURNS ?? 2);
  const corpora = CORPORA.map((corpus) => corpus.name)
    .filter((name) => existsSync(path.join(corporaDir, name, 'mkdocs.yml')))
    .map((name) => {
      const config = path.join(corporaDir, name, 'mkdocs.yml');
      const best = { plugins: Infinity, plain: Infinity };
      for (const pipeline of PIPELINES) build(name, config, pipeline);
      for (let turn = 0; turn < turns; turn++) {
        for (const pipeline of PIPELINES) {
          best[pipeline] = Math.min(best[pipeline], build(name, config, pipeline));
        }
      }
      return { name, ...withOverhead(best.plugins, best.plain) };
    });
  const sum = (key: 'pluginsMs' | 'plainMs') => corpora.reduce((total, c) => total + c[key], 0);
  return { corpora, total: withOverhead(sum('pluginsMs'), sum('plainMs')) };
}

/** Builds one corpus with one pipeline; returns the wall time in ms. */
function build(name: string, config: string, pipeline: (typeof PIPELINES)[number]): number {
  const dir = path.join(root, 'dist-bench', 'corpus-builds', `${name}-${pipeline}`);
  const cacheDir = path.join(dir, 'cache');
  mkdirSync(cacheDir, { recursive: true });
  rmSync(path.join(cacheDir, 'data-store.json'), { force: true });
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: {
      ...process.env,
      MKDOCS_CONFIG: config,
      COURSE_MARKDOWN: pipeline,
      OUT_DIR: path.join(dir, 'dist'),
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      // As in the corpus test: the fastest AVIF effort (images are converted once, then cached).
      COURSE_IMAGE_EFFORT: '0',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${pipeline} build of ${name} failed:\n${result.stderr.slice(-4000)}`);
  }
  return ms;
}

function withOverhead(pluginsMs: number, plainMs: number): BuildTimes {
  return { pluginsMs, plainMs, overhead: plainMs > 0 ? pluginsMs / plainMs - 1 : 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchCorpusBuilds(), null, 2));
}
