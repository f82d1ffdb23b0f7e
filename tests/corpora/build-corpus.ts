/**
 * One `astro build` of an MkDocs corpus course, as the corpus check and the bench both run it:
 * its own output folder and Astro cache, every lesson rendered again (the content cache does not
 * see plugin changes), optimised images kept (most of a cold build's time), and every image
 * converted at the fastest AVIF effort (fastapi-do-zero's 77 screenshots took minutes at the
 * default; images are not what these builds look at).
 *
 *   const { status, output, ms } = buildCorpus('…/mkdocs.yml', { outDir, cacheDir });
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export function buildCorpus(
  config: string,
  options: { outDir: string; cacheDir: string; env?: Record<string, string> },
): { status: number | null; output: string; ms: number } {
  const { outDir, cacheDir, env = {} } = options;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  rmSync(path.join(cacheDir, 'data-store.json'), { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: {
      ...process.env,
      MKDOCS_CONFIG: config,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      COURSE_IMAGE_EFFORT: '0',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    ms: performance.now() - started,
  };
}
