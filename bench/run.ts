/**
 * `npm run bench`: measures what the issues budget and writes bench/results.md.
 *  1. Cold builds of generated courses (100 and 1,000 lessons; median of 3): wall, CPU, peak memory,
 *     output size, and the largest lesson HTML.
 *  2. Three real pages of the course (home, longest lesson, lesson with most diagrams) in headless
 *     Chromium at 375 and 1280 px: requests and bytes by type before any scroll, raw and gzip.
 *  3. Images: a lesson with three raster diagrams at 375 and 1280 px, before and after scrolling;
 *     no diagram or zoom code on a lesson without diagrams.
 *  4. The progress script: its gzip size and the time to restore 2,000 stored ticks and paint.
 *  5. The MkDocs corpora rendered with the site's plugins and with plain remark-gfm.
 *  6. One profiled build of the largest course: where the main thread's time goes.
 * Not part of `npm test`: timings belong here, never in a test.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../tests/support/chromium.ts';
import { generateCourse } from './generate-course.ts';
import { writeImageCourse } from './image-lesson.ts';
import { devRefresh, type DevRefresh } from './dev-refresh.ts';
import { profileBuild } from './profile-build.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const rows: string[] = [];
const budget = (ok: boolean) => (ok ? '✅' : '❌');
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function buildOnce(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
  { warm = false } = {},
) {
  // Cold: no content cache, no optimised images; warm: both kept from the build before.
  if (!warm) rmSync('node_modules/.astro', { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['--env-file=build.env', 'bench/build-once.ts'], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
    wall: number;
    /** This process and the processes it waited for. */
    cpu: number;
    /** The build process alone. */
    maxRssMb: number;
    /** The build process and its descendants (render processes, Pagefind) at once. */
    treeRssMb: number;
  };
}

/** Serves a built site at http://127.0.0.1:<port>/ (tests/support/serve.ts); kill() stops it. */
async function serve(dir: string, port: number) {
  const server = spawn(process.execPath, ['tests/support/serve.ts', dir, '/', String(port)], {
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 800));
  return server;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function benchBuilds() {
  rows.push('## Build (generated course, cold, median of ' + RUNS + ')', '');
  rows.push(
    '| Lessons | Wall | CPU (all processes) | Peak memory (all processes) | Main process alone | Output | Largest lesson HTML | Budget (1,000: ≤ 20 s, < 1 GB, HTML < 100 KB) |',
  );
  rows.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const size of SIZES) {
    const contentDir = `/tmp/course-bench-${size}`;
    const outDir = `/tmp/course-bench-${size}-out`;
    generateCourse(contentDir, size);
    const runs = Array.from({ length: RUNS }, () => buildOnce(contentDir, outDir));
    const output = files(outDir).reduce((sum, file) => sum + statSync(file).size, 0);
    const lessonHtml = Math.max(
      ...files(outDir)
        .filter((file) => /aula-\d+\/index\.html$/.test(file))
        .map((file) => statSync(file).size),
    );
    const wall = median(runs.map((r) => r.wall));
    const memory = median(runs.map((r) => r.treeRssMb));
    const verdict =
      size === 1000 ? budget(wall <= 20 && memory < 1024 && lessonHtml < 100 * 1024) : '';
    rows.push(
      `| ${size} | ${wall.toFixed(1)} s | ${median(runs.map((r) => r.cpu)).toFixed(1)} s | ${memory.toFixed(0)} MB | ${median(runs.map((r) => r.maxRssMb)).toFixed(0)} MB | ${(output / 1048576).toFixed(1)} MB | ${kb(lessonHtml)} | ${verdict} |`,
    );
    console.log(`build ${size}: ${wall.toFixed(1)} s, ${memory.toFixed(0)} MB`);
    if (size === Math.max(...SIZES)) searchBuild = { size, wall, contentDir, outDir };
  }
  rows.push('');
  if (searchBuild)
    await benchRebuilds(searchBuild.size, searchBuild.contentDir, searchBuild.outDir);
  if (searchBuild) {
    const { total, costs } = profileBuild(searchBuild.contentDir);
    const after = new Map(costs);
    rows.push(
      `## Where the ${searchBuild.size}-lesson build spends its main thread (one build under \`node --cpu-prof\`, self time)`,
      '',
      `"Before" is the profile recorded at commit efb03fb (${PROFILE_BEFORE.total} s sampled), before the plugins' walks, pre-checks and highlighting order were reworked.`,
      '',
      '| Cost | Before | Now | Share now |',
      '| --- | --- | --- | --- |',
      ...[
        ...new Set([
          ...Object.keys(PROFILE_BEFORE.costs),
          ...costs.slice(0, 10).map(([name]) => name),
        ]),
      ]
        .map((name): [string, number | undefined, number] => [
          name,
          PROFILE_BEFORE.costs[name],
          after.get(name) ?? 0,
        ])
        .sort((a, b) => b[2] - a[2])
        .map(
          ([name, before, ms]) =>
            `| ${name} | ${before === undefined ? '–' : `${before.toFixed(1)} s`} | ${(ms / 1000).toFixed(1)} s | ${((ms / total) * 100).toFixed(0)}% |`,
        ),
      `| (all) | ${PROFILE_BEFORE.total.toFixed(1)} s | ${(total / 1000).toFixed(1)} s | 100% |`,
      '',
    );
  }
  if (searchBuild) {
    const { size, contentDir } = searchBuild;
    const stats = '/tmp/course-search-stats.json';
    const runs = Array.from({ length: RUNS }, () => {
      const { wall } = buildOnce(contentDir, `${contentDir}-stats`, { COURSE_SEARCH_STATS: stats });
      const { seconds } = JSON.parse(readFileSync(stats, 'utf8')) as { seconds: number };
      return { wall, seconds };
    });
    const share = median(runs.map((run) => (run.seconds / (run.wall - run.seconds)) * 100));
    const seconds = median(runs.map((run) => run.seconds));
    searchRows.push(
      `| Build time added by the search index (${size} lessons: Pagefind indexes pages while they are rendered and finishes ${seconds.toFixed(1)} s after the last one; median of ${RUNS}) | ${share.toFixed(1)}% | ≤ 15% ${budget(share <= 15)} |`,
    );
    console.log(`search index adds ${share.toFixed(1)}%`);
  }
}

/** The 1,000-lesson build's profile recorded at commit efb03fb (seconds of main-thread self time). */
const PROFILE_BEFORE = {
  total: 33.1,
  costs: {
    'unist-util-visit-parents': 4.4,
    '(native code)': 3.9,
    '(idle)': 3.8,
    'Node.js internals': 2.5,
    micromark: 2.2,
    '(garbage collector)': 1.2,
    '(program)': 1.1,
    "WebAssembly (Shiki's regex engine)": 1.0,
  } as Record<string, number>,
};

/**
 * A row for `astro dev`'s refresh, with the part before Astro's content layer saved its store and
 * Vite told the page to reload (Astro waits 500 ms after the last change before saving).
 */
function devRow(label: string, { shown, reload }: DevRefresh): string {
  const seconds = (ms: number[]) => `${(median(ms) / 1000).toFixed(2)} s`;
  return `| ${label} (median of ${shown.length}; reload sent at ${seconds(reload)}) | ${seconds(shown)} | | | < 300 ms ${budget(median(shown) < 300)} |`;
}

/**
 * What an author waits for after editing one lesson: a warm `astro build` (content cache, images
 * and the pages of the build before kept), the same without copying pages (as in CI) and
 * `astro dev` showing the edit; and the cold build with the lessons rendered in one child process
 * per core (render-pool.ts), to compare with the cold builds above.
 */
async function benchRebuilds(size: number, contentDir: string, outDir: string) {
  const lesson =
    files(contentDir).find((file) => /aula-0*5\.md$/.test(file)) ?? files(contentDir)[0]!;
  const original = readFileSync(lesson, 'utf8');
  const edit = (n: number) => writeFileSync(lesson, `${original}\nParágrafo editado ${n}.\n`);
  try {
    buildOnce(contentDir, outDir);
    // Turns taken: with and without incremental builds (CI turns them off, astro.config.mjs).
    // Each has its own cache: Astro drops its content cache when the config changes.
    const inCi = { CI: 'true', ASTRO_CACHE_DIR: 'node_modules/.astro-ci' };
    rmSync(inCi.ASTRO_CACHE_DIR, { recursive: true, force: true });
    buildOnce(contentDir, outDir, inCi, { warm: true });
    const warm: ReturnType<typeof buildOnce>[] = [];
    const warmInCi: ReturnType<typeof buildOnce>[] = [];
    for (let n = 0; n < RUNS; n++) {
      edit(2 * n);
      warm.push(buildOnce(contentDir, outDir, {}, { warm: true }));
      edit(2 * n + 1);
      warmInCi.push(buildOnce(contentDir, outDir, inCi, { warm: true }));
    }
    rmSync(inCi.ASTRO_CACHE_DIR, { recursive: true, force: true });
    const processes = availableParallelism();
    const phases = '/tmp/course-build-phases.json';
    const phasesOf = (env: Record<string, string>, options = { warm: false }) => {
      const build = buildOnce(contentDir, outDir, { ...env, COURSE_BUILD_PHASES: phases }, options);
      return { build, phases: JSON.parse(readFileSync(phases, 'utf8')) as Record<string, number> };
    };
    edit(2 * RUNS);
    const { build: rebuilt, phases: rebuiltPhases } = phasesOf({}, { warm: true });
    const single = phasesOf({});
    const { build: pooled, phases: pooledPhases } = phasesOf({
      COURSE_RENDER_PROCESSES: String(processes),
    });
    // The lesson's URL, numeric prefixes dropped as slugFromFile (src/course/paths.ts) does; that
    // module's extensionless imports cannot be loaded by Node without Vite.
    const page = path
      .relative(contentDir, lesson)
      .replace(/\.md$/, '')
      .split(path.sep)
      .map((part) => part.replace(/^\d+-/, ''))
      .join('/');
    const dev = await devRefresh(contentDir, page, lesson);
    const realLesson = 'content/01-fundamentos/02-namespaces.md';
    const realDev = existsSync(realLesson)
      ? await devRefresh('content', 'fundamentos/namespaces', realLesson)
      : undefined;
    rows.push(
      `## Rebuilding the ${size}-lesson course`,
      '',
      '| Build | Wall | CPU | Peak memory | Budget |',
      '| --- | --- | --- | --- | --- |',
      `| Warm \`astro build\` after editing one lesson, unchanged pages copied (median of ${RUNS}) | ${median(warm.map((r) => r.wall)).toFixed(1)} s | ${median(warm.map((r) => r.cpu)).toFixed(1)} s | ${median(warm.map((r) => r.treeRssMb)).toFixed(0)} MB | < 3 s ${budget(median(warm.map((r) => r.wall)) < 3)} |`,
      `| The same with every page rendered (\`CI=true\`, median of ${RUNS}) | ${median(warmInCi.map((r) => r.wall)).toFixed(1)} s | ${median(warmInCi.map((r) => r.cpu)).toFixed(1)} s | ${median(warmInCi.map((r) => r.treeRssMb)).toFixed(0)} MB | |`,
      devRow(`\`astro dev\`: from saving the lesson to its page showing the edit`, dev),
      ...(realDev
        ? [
            devRow(
              `The same on the real course (${files('content').filter((file) => file.endsWith('.md')).length} pages)`,
              realDev,
            ),
          ]
        : []),
      `| Cold build with ${processes} render processes (\`COURSE_RENDER_PROCESSES=${processes}\`, one run) | ${pooled.wall.toFixed(1)} s | ${pooled.cpu.toFixed(1)} s | ${pooled.treeRssMb.toFixed(0)} MB | ≤ 20 s, < 1 GB ${budget(pooled.wall <= 20 && pooled.treeRssMb < 1024)} |`,
      '',
      `### Where a ${size}-lesson build's time goes (one build each; seconds from the process start, src/integrations/build-phases.ts)`,
      '',
      `| Phase | Cold, lessons rendered in the build's process (${single.build.wall.toFixed(1)} s) | Cold, in ${processes} render processes (${pooled.wall.toFixed(1)} s) | Warm after editing one lesson, pages copied (${rebuilt.wall.toFixed(1)} s) |`,
      '| --- | --- | --- | --- |',
      ...Object.keys(single.phases).map(
        (phase) =>
          `| ${phase} | ${single.phases[phase]!.toFixed(1)} s | ${pooledPhases[phase]?.toFixed(1) ?? '–'} s | ${rebuiltPhases[phase]?.toFixed(1) ?? '–'} s |`,
      ),
      '',
    );
    console.log(
      `warm rebuild ${median(warm.map((r) => r.wall)).toFixed(1)} s; ${processes} render processes ${pooled.wall.toFixed(1)} s`,
    );
  } finally {
    writeFileSync(lesson, original);
  }
}

let searchBuild: { size: number; wall: number; contentDir: string; outDir: string } | undefined;
const searchRows: string[] = [];

/**
 * A fast typist's pace (about 100 words a minute). At 20 ms a key, faster than anyone types,
 * every prefix starts a search of its own and the last one waits behind them (about 150 ms).
 */
const TYPING_DELAY_MS = 120;

/** First query's download and keystroke-to-results time, on the largest generated course. */
async function benchSearch(browser: import('@playwright/test').Browser) {
  if (searchBuild) {
    const server = await serve(searchBuild.outDir, 4398);
    try {
      const page = await browser.newPage();
      let bytes = 0;
      page.on('response', (response) => {
        if (!response.url().includes('/pagefind/')) return;
        // GitHub Pages gzips JS and JSON; Pagefind's index and wasm files are compressed already.
        const compressible = /\.(js|json)$/.test(new URL(response.url()).pathname);
        void response.body().then(
          (body) => (bytes += compressible ? gzipSync(body, { level: 9 }).length : body.length),
          () => undefined,
        );
      });
      await page.goto('http://127.0.0.1:4398/modulo-1/aula-1/');
      await page.keyboard.press('/');
      await page.keyboard.type('memória', { delay: 30 });
      await page.locator('.search-result').first().waitFor();
      await page.waitForLoadState('networkidle');
      const firstQuery = bytes;
      const latencies: number[] = [];
      for (const query of [
        'kernel',
        'namespace',
        'orquestração',
        'réplica',
        'sonda',
        'volume',
        'cluster',
      ]) {
        await page.locator('#search-input').fill('');
        await page.evaluate(() => performance.clearMeasures('search:results'));
        await page.locator('#search-input').pressSequentially(query, { delay: TYPING_DELAY_MS });
        // Done when the status names this query: the words typed on the way may have shown
        // results (and measures) of their own; the last measure is the whole query's.
        await page.waitForFunction(
          (typed) => document.querySelector('.search-status')?.textContent?.includes(`“${typed}”`),
          query,
        );
        latencies.push(
          await page.evaluate(
            () => performance.getEntriesByName('search:results').at(-1)!.duration,
          ),
        );
      }
      await page.close();
      const latency = median(latencies);
      searchRows.push(
        `| Downloaded by opening search and the first query (${searchBuild.size} lessons; JS and JSON gzipped as GitHub Pages serves them) | ${kb(firstQuery)} | ≤ 150 KB ${budget(firstQuery <= 150 * 1024)} |`,
        `| Last keystroke to results on screen, index loaded (median of ${latencies.length} queries typed at ${TYPING_DELAY_MS} ms a key; includes the 20 ms debounce) | ${latency.toFixed(0)} ms | ≤ 100 ms ${budget(latency <= 100)} |`,
      );
      console.log(`search: ${kb(firstQuery)} first query, ${latency.toFixed(0)} ms`);
    } finally {
      server.kill();
    }
  }
  if (searchRows.length > 0)
    rows.push(
      '## Search',
      '',
      '| Measure | Value | Budget |',
      '| --- | --- | --- |',
      ...searchRows,
      '',
    );
}

interface Transfer {
  url: string;
  type: string;
  format: string;
  raw: number;
  gzip: number;
}

async function loadPage(page: Page, url: string): Promise<Transfer[]> {
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const contentType = response.headers()['content-type'] ?? '';
          const type = classify(response.url(), contentType);
          transfers.push({
            url: response.url(),
            type,
            format: contentType.split(';')[0]!.replace('image/', ''),
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          });
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return transfers;
}

function classify(url: string, contentType: string): string {
  if (contentType.includes('html')) return 'HTML';
  if (contentType.includes('css') || url.endsWith('.css')) return 'CSS';
  if (contentType.includes('javascript') || url.endsWith('.js')) return 'JS';
  if (contentType.startsWith('image/')) return 'Images';
  if (contentType.includes('font') || /\.woff2?$/.test(url)) return 'Fonts';
  return 'Other';
}

function pickPages(distDir: string) {
  const lessons = files(distDir).filter(
    (file) =>
      file.endsWith('index.html') &&
      readFileSync(file, 'utf8').includes('<course-checklist data-lesson="'),
  );
  const score = (file: string, pattern: RegExp) =>
    (readFileSync(file, 'utf8').match(pattern) ?? []).length;
  const longest = lessons.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
  const diagrams = lessons.reduce((a, b) =>
    score(a, /<course-diagram\b|<picture\b/g) >= score(b, /<course-diagram\b|<picture\b/g) ? a : b,
  );
  const checklists = lessons.reduce((a, b) =>
    score(a, /data-task=/g) >= score(b, /data-task=/g) ? a : b,
  );
  const url = (file: string) =>
    `/${path.relative(distDir, path.dirname(file))}/`.replace(/\/+/g, '/');
  return { home: '/', longest: url(longest), diagrams: url(diagrams), checklists: url(checklists) };
}

async function benchPages() {
  const distDir = 'dist-bench';
  execFileSync('npx', ['astro', 'build'], {
    env: { ...process.env, OUT_DIR: distDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const server = await serve(distDir, 4399);
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs });
  try {
    const pages = pickPages(distDir);
    rows.push('## Page weight before any scroll (real course)', '');
    rows.push(
      'Budget for a lesson: JS ≤ 10 KB gzip, CSS ≤ 15 KB gzip, all ≤ 25 KB gzip, ≤ 6 requests.',
      '',
    );
    rows.push(
      '| Page | Width | Requests | HTML | CSS | JS | Images | Fonts | All (gzip) | Budget |',
    );
    rows.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, url] of Object.entries({
      home: pages.home,
      'longest lesson': pages.longest,
      'most diagrams': pages.diagrams,
    })) {
      for (const width of [375, 1280]) {
        const page = await browser.newPage({
          viewport: { width, height: width === 375 ? 812 : 900 },
        });
        const transfers = await loadPage(page, `http://127.0.0.1:4399${url}`);
        await page.close();
        const sum = (type: string, key: 'raw' | 'gzip') =>
          transfers.filter((t) => t.type === type).reduce((s, t) => s + t[key], 0);
        const cell = (type: string) => `${kb(sum(type, 'raw'))} / ${kb(sum(type, 'gzip'))}`;
        const all = transfers.reduce((s, t) => s + t.gzip, 0);
        const ok =
          name === 'home' ||
          (sum('JS', 'gzip') <= 10240 &&
            sum('CSS', 'gzip') <= 15360 &&
            all <= 25600 &&
            transfers.length <= 6);
        rows.push(
          `| ${name} \`${url}\` | ${width} | ${transfers.length} | ${cell('HTML')} | ${cell('CSS')} | ${cell('JS')} | ${cell('Images')} | ${cell('Fonts')} | ${kb(all)} | ${name === 'home' ? '' : budget(ok)} |`,
        );
      }
    }
    rows.push('', 'Sizes are raw / gzip (level 9) of each response body.', '');
    await benchImages(browser);
    await benchProgress(browser, `http://127.0.0.1:4399${pages.checklists}`, distDir);
    await benchSearch(browser);
  } finally {
    await browser.close();
    server.kill();
  }
}

/**
 * The images budget: a lesson with three raster diagrams at 375 px, before any scroll (≤ 60 KB of
 * images) and after reading to the end; and a real lesson without diagrams loads no diagram or
 * zoom code.
 */
async function benchImages(browser: import('@playwright/test').Browser) {
  const contentDir = '/tmp/course-bench-images';
  const distDir = 'dist-bench-images';
  const lessons = await writeImageCourse(contentDir);
  rmSync('node_modules/.astro', { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build'], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: distDir,
      COURSE_SEARCH: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  });
  rmSync('node_modules/.astro', { recursive: true, force: true });
  const server = await serve(distDir, 4397);
  rows.push('## Images and diagrams', '');
  rows.push('| Measure | Value | Budget |', '| --- | --- | --- |');
  try {
    for (const [width, height] of [
      [375, 812],
      [1280, 900],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      const transfers = await loadPage(page, `http://127.0.0.1:4397${lessons.diagrams}`);
      // Content images only: the favicon is not the lesson's.
      const content = (t: Transfer) => t.type === 'Images' && t.url.includes('/_astro/');
      const images = transfers.filter(content);
      const before = images.reduce((sum, t) => sum + t.raw, 0);
      const formats = [...new Set(images.map((t) => t.format))].join(', ');
      // Read to the end a screen at a time, as a reader would, so every lazy image is reached.
      for (
        let y = height;
        y < (await page.evaluate(() => document.body.scrollHeight));
        y += height
      ) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(150);
      }
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const after = transfers.filter(content);
      await page.close();
      rows.push(
        `| Lesson with three 1600×900 PNG diagrams at ${width} px: images before any scroll (${images.length} requested, ${formats || 'none'}) | ${kb(before)} | ${width === 375 ? `≤ 60 KB ${budget(before <= 61440)}` : ''} |`,
      );
      rows.push(
        `| Same lesson at ${width} px after scrolling to the end (${after.length} requested) | ${kb(after.reduce((sum, t) => sum + t.raw, 0))} | |`,
      );
    }
    for (const url of [`http://127.0.0.1:4399/`, `http://127.0.0.1:4397${lessons.plain}`]) {
      const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      await page.close();
      const extra = requested.filter((request) =>
        /mermaid|course-diagram|image-zoom/.test(request),
      );
      rows.push(
        `| Diagram or zoom code requested by a page without diagrams (\`${new URL(url).pathname}\`${url.includes('4399') ? ' of the real course' : ''}, read to the end) | ${extra.length} requests | 0 ${budget(extra.length === 0)} |`,
      );
    }
    rows.push('');
  } finally {
    server.kill();
  }
}

/** The progress code on its own, bundled the way Vite would (minified ES module), gzipped. */
async function progressBundleSize(): Promise<number> {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents:
        "import './src/client/course-checklist.ts'; import './src/client/progress-marks.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

async function benchProgress(
  browser: import('@playwright/test').Browser,
  url: string,
  distDir: string,
) {
  const page = await browser.newPage();
  await page.goto(url);
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map(
      (s) => s.src,
    ),
  );
  const lesson = await page.locator('course-checklist').getAttribute('data-lesson');
  const taskIds = await page
    .locator('course-checklist li[data-task]')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.task!));
  const jsFiles = files(path.join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
  const loaded = jsFiles.filter(
    (f) => scripts.some((src) => src.endsWith(path.basename(f))) || /progress-page/.test(f),
  );
  const gzip = loaded.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  await page.close();

  const seeded = await browser.newPage();
  await seeded.addInitScript(
    ([key, lessonSlug, ids]) => {
      const tasks: Record<string, boolean> = {};
      for (const id of ids) tasks[`${lessonSlug}#${id}`] = true;
      for (let i = 0; Object.keys(tasks).length < 2000; i++)
        tasks[`outra-aula-${i % 200}#tarefa-${i}`] = i % 2 === 0;
      localStorage.setItem(key, JSON.stringify({ version: 1, tasks, lessons: {} }));
    },
    ['course:progress:v1:/', lesson ?? '', taskIds] as const,
  );
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    await seeded.goto(url);
    times.push(
      await seeded.evaluate(
        () => performance.getEntriesByName('checklist:restore')[0]?.duration ?? NaN,
      ),
    );
  }
  await seeded.close();
  const restore = median(times);
  const progressOnly = await progressBundleSize();
  rows.push('## Progress script', '');
  rows.push('| Measure | Value | Budget |', '| --- | --- | --- |');
  rows.push(
    `| All JS a lesson page loads (progress, theme, drawer, TOC, tabs, search button together), gzip | ${kb(gzip)} | lesson JS ≤ 10 KB ${budget(gzip <= 10240)} |`,
  );
  rows.push(
    `| Progress code alone (checklists, marks, store; bundled and minified with esbuild), gzip | ${kb(progressOnly)} | ≤ 5 KB ${budget(progressOnly <= 5120)} |`,
  );
  rows.push(`| Loaded as | \`<script type="module">\` (deferred) | deferred module ✅ |`);
  rows.push(
    `| Restore 2,000 stored ticks and paint the counters on \`${url}\` (${taskIds.length} tasks; median of 7) | ${restore.toFixed(1)} ms | ≤ 16 ms ${budget(restore <= 16)} |`,
  );
  rows.push('');
  console.log(`progress: ${kb(gzip)} gzip, restore ${restore.toFixed(1)} ms`);
}

/** The MkDocs plugins' cost over plain remark-gfm on the real MkDocs courses (issue: ≤ +25%). */
async function benchCorpora() {
  if (!existsSync('../shared/corpora')) {
    rows.push(
      '## Markdown plugins on the MkDocs corpora',
      '',
      'Skipped: ../shared/corpora/ is absent.',
      '',
    );
    return;
  }
  const { benchCorpusBuilds } = await import('../tests/corpora/bench-build.ts');
  const { benchCorpusRender } = await import('../tests/corpora/bench-render.ts');
  const builds = benchCorpusBuilds();
  const renders = await benchCorpusRender();
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const added = (overhead: number) => `${overhead >= 0 ? '+' : ''}${Math.round(overhead * 100)}%`;
  rows.push(
    '## Markdown plugins on the MkDocs corpora',
    '',
    "The budget: `astro build` of each corpus with the site's plugins against the same build with plain remark-gfm (`COURSE_MARKDOWN=plain`). Each pipeline keeps its image cache and renders every lesson again; one untimed build each, then they take turns twice and each keeps its fastest build (noise on this machine only adds time).",
    '',
    '| Course | Build with the plugins | Build with plain remark-gfm | Added | Budget |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const corpus of [...builds.corpora, { name: 'all three', ...builds.total }]) {
    const last = corpus.name === 'all three';
    rows.push(
      `| ${corpus.name} | ${seconds(corpus.pluginsMs)} | ${seconds(corpus.plainMs)} | ${added(corpus.overhead)} | ${last ? `≤ +25% ${budget(corpus.overhead <= 0.25)}` : ''} |`,
    );
  }
  rows.push(
    '',
    "Markdown rendering alone (no budget; the stricter view): every page rendered in a loop, each pipeline in its own process, 5 rounds after a warm-up, turns taken twice, fastest round kept. The plugins' pages also carry what snippets include (7% more text in fastapi-do-zero), which plain remark-gfm leaves as `--8<--` lines.",
    '',
    '| Course | Pages | Site plugins | Plain remark-gfm | Added |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const corpus of [...renders.corpora, { name: 'all three', ...renders.total }]) {
    rows.push(
      `| ${corpus.name} | ${corpus.files} | ${seconds(corpus.pluginsMs)} | ${seconds(corpus.plainMs)} | ${added(corpus.overhead)} |`,
    );
  }
  rows.push('');
  console.log(
    `corpora: builds ${added(builds.total.overhead)}, rendering ${added(renders.total.overhead)}`,
  );
}

const started = new Date();
if (!process.env.BENCH_SKIP_BUILDS) await benchBuilds();
await benchPages();
if (!process.env.BENCH_SKIP_CORPORA) await benchCorpora();
const header = [
  '# Benchmark results',
  '',
  `Measured by \`npm run bench\` on ${started.toISOString().slice(0, 10)}: ${process.version}, ${(await import('node:os')).cpus().length} cores.`,
  '',
];
writeFileSync('bench/results.md', [...header, ...rows].join('\n'));
console.log('Wrote bench/results.md');
