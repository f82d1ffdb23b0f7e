import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, resolveChromium } from './tests/support/chromium';

/** The end-to-end suite runs against a production build served under the GitHub Pages sub-path. */
export const E2E_BASE = '/curso-conteineres/';
export const E2E_OUT_DIR = 'dist-e2e';
const port = 4322;
const executablePath = resolveChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${port}${E2E_BASE}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npm run build && node tests/support/serve.ts ${E2E_OUT_DIR} ${E2E_BASE} ${port}`,
    env: {
      BASE_PATH: E2E_BASE,
      OUT_DIR: E2E_OUT_DIR,
      EDIT_URL_BASE: 'https://github.com/exemplo/curso/edit/main/',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    url: `http://127.0.0.1:${port}${E2E_BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
