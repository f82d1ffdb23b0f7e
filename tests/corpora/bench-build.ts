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
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from './build-corpus.ts';
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
  const result = buildCorpus(config, {
    outDir: path.join(dir, 'dist'),
    cacheDir: path.join(dir, 'cache'),
    env: { COURSE_MARKDOWN: pipeline },
  });
  if (result.status !== 0) {
    throw new Error(`${pipeline} build of ${name} failed:\n${result.output.slice(-4000)}`);
  }
  return result.ms;
}

function withOverhead(pluginsMs: number, plainMs: number): BuildTimes {
  return { pluginsMs, plainMs, overhead: plainMs > 0 ? pluginsMs / plainMs - 1 : 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchCorpusBuilds(), null, 2));
}
