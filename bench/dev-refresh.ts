/**
 * How long `astro dev` takes to show an edited lesson, measured as a browser sees it: the page
 * listens on Vite's HMR socket, Astro's content layer re-renders the lesson, saves its store and
 * sends `full-reload`, and the page is requested again. For each edit: the time from writing the
 * file to that message (`reload`), and to the first response holding the new text (`shown`).
 * Requests are made only after a reload, as a browser does, so polling does not slow the server.
 *
 *   const { shown, reload } = await devRefresh('/tmp/course-bench-1000', 'modulo-1/aula-5', file);
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const PORT = 4391;
const TIMEOUT_MS = 30_000;

export interface DevRefresh {
  /** Milliseconds from saving the lesson to Vite telling the page to reload, sorted. */
  reload: number[];
  /** Milliseconds from saving the lesson to its page holding the edit, sorted. */
  shown: number[];
}

export async function devRefresh(
  contentDir: string,
  page: string,
  lesson: string,
  edits = 5,
): Promise<DevRefresh> {
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
  let socket: WebSocket | undefined;
  try {
    // Ready: the dev server has synced the content and answers for the page.
    const ready = Date.now();
    while (!(await fetchText(url))?.includes('</html>')) {
      if (Date.now() - ready > 300_000) throw new Error(`astro dev did not serve ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    socket = await hmrSocket(PORT);
    const reloads: ((at: number) => void)[] = [];
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { type?: string };
      if (message.type === 'full-reload')
        reloads.splice(0).forEach((notify) => notify(performance.now()));
    });
    const nextReload = () =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('astro dev sent no reload')), TIMEOUT_MS);
        timer.unref();
        reloads.push((at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
    const result: DevRefresh = { reload: [], shown: [] };
    for (let n = 0; n < edits; n++) {
      const marker = `Marcador de edição ${n} ${Date.now()}`;
      const started = performance.now();
      let reloaded = nextReload();
      writeFileSync(lesson, `${original}\n${marker}\n`);
      let lastReload = 0;
      // A reload that comes before the new text is served (another file was saved) is waited out.
      for (;;) {
        lastReload = await reloaded;
        reloaded = nextReload();
        reloaded.catch(() => undefined);
        if ((await fetchText(url))?.includes(marker)) break;
      }
      result.shown.push(performance.now() - started);
      result.reload.push(lastReload - started);
      // Let the content layer settle before the next edit.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    result.reload.sort((a, b) => a - b);
    result.shown.sort((a, b) => a - b);
    return result;
  } finally {
    socket?.close();
    writeFileSync(lesson, original);
    server.kill();
  }
}

/** Vite's HMR channel, as the page's client script opens it. */
function hmrSocket(port: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr');
    socket.addEventListener('open', () => resolve(socket), { once: true });
    socket.addEventListener('error', () => reject(new Error('no HMR socket')), { once: true });
  });
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return await response.text();
  } catch {
    return undefined;
  }
}
