/**
 * How long `astro dev` takes to show an edited lesson: the time from writing the file to the
 * first response for its page that holds the new text (the page is requested over and over).
 *
 *   const ms = await devRefresh('/tmp/course-bench-1000', 'modulo-1/aula-5', lessonFile);
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const PORT = 4391;

export async function devRefresh(contentDir: string, page: string, lesson: string, edits = 5) {
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'],
    {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${PORT}/${page}/`;
  const original = readFileSync(lesson, 'utf8');
  try {
    // Ready: the dev server has synced the content and answers for the page.
    const ready = Date.now();
    while (!(await fetchText(url))?.includes('</html>')) {
      if (Date.now() - ready > 300_000) throw new Error(`astro dev did not serve ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const times: number[] = [];
    for (let n = 0; n < edits; n++) {
      const marker = `Marcador de edição ${n} ${Date.now()}`;
      const started = performance.now();
      writeFileSync(lesson, `${original}\n${marker}\n`);
      while (!(await fetchText(url))?.includes(marker)) {
        if (performance.now() - started > 30_000) throw new Error('the edit never showed');
      }
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return times.sort((a, b) => a - b);
  } finally {
    writeFileSync(lesson, original);
    server.kill();
  }
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return await response.text();
  } catch {
    return undefined;
  }
}
