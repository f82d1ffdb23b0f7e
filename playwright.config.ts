import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, resolveChromium } from './tests/support/chromium';

/**
 * Two production builds, both served under the GitHub Pages sub-path:
 * - the fixture course (tests/fixtures/e2e-course), small and stable, for behaviour tests, so that
 *   editing a lesson never breaks a test;
 * - the real course (content/), for the checks every page must pass (links, meta, accessibility).
 */
export const E2E_BASE = '/curso-conteineres/';
export const E2E_OUT_DIR = 'dist-e2e';
export const SITE_OUT_DIR = 'dist-site';
const FIXTURE_PORT = 4322;
const SITE_PORT = 4323;
const executablePath = resolveChromium();

const server = (contentDir: string, outDir: string, port: number) => ({
  command: `npm run build && node tests/support/serve.ts ${outDir} ${E2E_BASE} ${port}`,
  env: {
    BASE_PATH: E2E_BASE,
    OUT_DIR: outDir,
    CONTENT_DIR: contentDir,
    EDIT_URL_BASE: 'https://github.com/exemplo/curso/edit/main/',
    ASTRO_TELEMETRY_DISABLED: '1',
  },
  url: `http://127.0.0.1:${port}${E2E_BASE}`,
  reuseExistingServer: !process.env.CI,
  timeout: 240_000,
  stdout: 'ignore' as const,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'fixture-course',
      testIgnore: 'site/**',
      use: { baseURL: `http://localhost:${FIXTURE_PORT}${E2E_BASE}` },
    },
    {
      name: 'real-course',
      testMatch: 'site/**/*.spec.ts',
      use: { baseURL: `http://localhost:${SITE_PORT}${E2E_BASE}` },
    },
  ],
  // One build at a time: two Astro builds in parallel would share the content layer cache.
  webServer: [
    server('tests/fixtures/e2e-course', E2E_OUT_DIR, FIXTURE_PORT),
    server('content', SITE_OUT_DIR, SITE_PORT),
  ],
});
