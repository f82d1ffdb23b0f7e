/**
 * `astro build` in a child process, as the integration tests run it: this process's environment
 * plus `env` (CONTENT_DIR, OUT_DIR, ASTRO_CACHE_DIR...), without telemetry or colours. Vitest's
 * NODE_ENV=test is left out: with it, Vite builds with `import.meta.env.DEV` true (drafts included,
 * for one), unlike `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The build's exit status and everything it printed (stdout, then stderr). */
export function astroBuild(env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...withoutNodeEnv(process.env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The files under `dir`, as sorted `/`-separated paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

function withoutNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV: _, ...rest } = env;
  return rest;
}
