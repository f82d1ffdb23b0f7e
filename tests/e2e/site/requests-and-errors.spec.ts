import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SITE_OUT_DIR } from '../../../playwright.config';

// Every page of the real course, scrolled to the end so lazy images and diagrams load: a strict
// Content-Security-Policy (no 'unsafe-inline', no other origin), no violation of it, no console
// error, no uncaught exception, and no request to any origin but the site's own.
test('no page logs an error or talks to another origin', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const problems: string[] = [];
  let current = '';
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${current}: uncaught: ${error.message}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      problems.push(`${current}: request to ${url.origin}`);
    }
  });
  const pages = (readdirSync(SITE_OUT_DIR, { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.replace(/index\.html$/, ''));
  for (const path of pages) {
    current = path || '/';
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    if (!policy || /'unsafe-inline'|'unsafe-eval'|\*|https?:/.test(policy)) {
      problems.push(`${current}: weak or missing Content-Security-Policy: ${policy}`);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  expect(pages.length).toBeGreaterThan(30);
  expect(problems).toEqual([]);
});

test('external links open in a new tab, say so, and carry rel="noopener noreferrer"', async ({
  page,
}) => {
  await page.goto('fundamentos/namespaces/');
  const external = page.locator('article a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(3);
  for (const link of await external.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link.locator('.sr-only')).toHaveText(' (abre em nova aba)');
  }
});

test('every diagram of a lesson with two diagrams draws under the policy', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  await page.goto('kubernetes/persistencia/');
  const diagrams = page.locator('course-diagram');
  expect(await diagrams.count()).toBeGreaterThan(1);
  for (const diagram of await diagrams.all()) {
    await diagram.scrollIntoViewIfNeeded();
    await expect(diagram.locator('.diagram-svg img')).toBeVisible();
  }
  expect(problems).toEqual([]);
});
