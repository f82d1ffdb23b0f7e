/**
 * Where a cold build's main thread spends its time: one build with `node --cpu-prof`, self time
 * summed by where the code lives (a package under node_modules, one of our Markdown plugins, a
 * file of src/, Node's internals, the garbage collector). For the build-speed issue's "three
 * biggest costs", written into bench/results.md by run.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What a frame's self time is charged to. */
function owner(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native code)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return 'Node.js internals';
  if (url.startsWith('wasm')) return "WebAssembly (Shiki's regex engine)";
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1).replace(/[?#].*$/, '') : url;
}

/** Builds `contentDir` once under the profiler; returns [owner, ms] sorted, biggest first. */
export function profileBuild(contentDir: string): { total: number; costs: [string, number][] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'course-profile-'));
  try {
    rmSync('node_modules/.astro', { recursive: true, force: true });
    const result = spawnSync(
      process.execPath,
      [
        '--env-file=build.env',
        '--cpu-prof',
        `--cpu-prof-dir=${dir}`,
        'node_modules/astro/bin/astro.mjs',
        'build',
      ],
      {
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          OUT_DIR: path.join(dir, 'out'),
          ASTRO_TELEMETRY_DISABLED: '1',
          // Every lesson rendered in the profiled process, as in the "before" profile: render
          // processes are stopped before they could write profiles of their own.
          COURSE_RENDER_PROCESSES: '0',
        },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    if (result.status !== 0) throw new Error(`profiled build failed:\n${result.stderr}`);
    // The main thread's profile is the largest; the Mermaid checking thread writes its own.
    const file = readdirSync(dir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => path.join(dir, name))
      .sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]!;
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    const costs = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const key = owner(frames.get(id)!);
      costs.set(key, (costs.get(key) ?? 0) + profile.timeDeltas[i]! / 1000);
    });
    const sorted = [...costs].sort((a, b) => b[1] - a[1]);
    return { total: sorted.reduce((sum, [, ms]) => sum + ms, 0), costs: sorted };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
