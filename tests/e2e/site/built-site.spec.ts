import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_BASE, SITE_OUT_DIR } from '../../../playwright.config';
import { checkLinks, formatBrokenLinks } from '../../support/link-checker';

// These read the build that the web server serves (BASE_PATH=/curso-conteineres/).
const htmlFiles = () =>
  (readdirSync(SITE_OUT_DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

test('every internal link, anchor and asset of the built site resolves', () => {
  expect(htmlFiles().length).toBeGreaterThan(30);
  expect(formatBrokenLinks(checkLinks(SITE_OUT_DIR, E2E_BASE))).toBe('');
});

test('every page has its language, description, canonical URL and Open Graph tags', () => {
  // The frame diagrams are drawn in (vendor/mermaid/render.html) is not a page for readers.
  for (const file of htmlFiles().filter((name) => !name.startsWith('vendor/'))) {
    const html = readFileSync(path.join(SITE_OUT_DIR, file), 'utf8');
    const where = `in ${file}`;
    expect(html, where).toContain('<html lang="pt-BR"');
    expect(html, where).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html, where).toMatch(/<link rel="canonical" href="http[^"]*\/curso-conteineres\//);
    expect(html, where).toMatch(/<meta property="og:title" content="[^"]+"/);
  }
});

test('sitemap and robots.txt are published under the base path', async ({ request }) => {
  const robots = await request.get('robots.txt');
  expect(robots.ok()).toBe(true);
  expect(await robots.text()).toMatch(/Sitemap: http.*\/curso-conteineres\/sitemap-index\.xml/);
  const sitemap = await request.get('sitemap-index.xml');
  expect(sitemap.ok()).toBe(true);
  const pages = readFileSync(path.join(SITE_OUT_DIR, 'sitemap-0.xml'), 'utf8');
  expect(pages).toContain('/curso-conteineres/fundamentos/namespaces/</loc>');
  expect(pages).not.toContain('404');
});
