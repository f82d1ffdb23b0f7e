// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentErrors } from './src/integrations/content-errors.ts';
import { mermaidVendor } from './src/integrations/mermaid-vendor.ts';
import { mkdocsSite } from './src/integrations/mkdocs-site.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { processorOptions, shikiConfig } from './src/markdown/index.ts';

// GitHub Pages serves a project site from https://<user>.github.io/<repo>/:
// the deploy workflow passes both halves through SITE and BASE_PATH.
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Separate caches let two builds of different courses run side by side (tests, worktrees).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mkdocsSite(), contentErrors(), mdx(), sitemap(), mermaidVendor(), searchIndex()],
  markdown: {
    processor: unified(processorOptions),
    shikiConfig,
  },
  devToolbar: { enabled: false },
});
