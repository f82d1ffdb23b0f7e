// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { THEME_SCRIPT } from './src/course/theme-script.ts';
import { contentErrors } from './src/integrations/content-errors.ts';
import { mermaidVendor } from './src/integrations/mermaid-vendor.ts';
import { mkdocsSite } from './src/integrations/mkdocs-site.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { buildPhases } from './src/integrations/build-phases.ts';
import remarkGfm from 'remark-gfm';
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
  integrations: [
    mkdocsSite(),
    contentErrors(),
    mdx(),
    sitemap(),
    mermaidVendor(),
    searchIndex(),
    buildPhases(),
  ],
  // COURSE_MARKDOWN=plain is for `npm run bench` only: remark-gfm alone, as the baseline the
  // MkDocs issue's speed budget is measured against. Pages built that way show MkDocs syntax as text.
  markdown:
    process.env.COURSE_MARKDOWN === 'plain'
      ? {
          processor: unified({ remarkPlugins: [remarkGfm], gfm: false, smartypants: false }),
          shikiConfig,
        }
      : {
          processor: unified(processorOptions),
          // Code is highlighted by the last of our rehype plugins (src/markdown/index.ts).
          syntaxHighlight: false,
        },
  // Four pages rendered at a time instead of one: a page's writes no longer leave the CPU idle.
  // 1,023 pages took 3.8–4.7 s instead of 4.3–5.1 s, with the same bytes out.
  build: { concurrency: 4 },
  // A build copies each page whose data (its `cacheKey`, src/course/page-cache-key.ts) and code
  // are those of the previous build instead of rendering it again: rebuilding a 1,000-lesson
  // course after editing one lesson took 9.9-11.4 s instead of 12.3-14.0 s, with the same bytes
  // out. Keeping the copies (in cacheDir) made a cold build 0.8 s slower, so CI, which starts from
  // nothing every time, does without.
  experimental: { incrementalBuild: !process.env.CI },
  devToolbar: { enabled: false },
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // AVIF at sharp's default effort (4) took 9.4 s per screenshot for three widths on this
      // 2-core machine; effort 2 takes 1.6 s for files 12% larger, still 36% smaller than WebP.
      // COURSE_IMAGE_EFFORT=0 (the corpus run, where images are not what is tested) takes 0.4 s.
      config: { avif: { effort: Number(process.env.COURSE_IMAGE_EFFORT ?? 2) } },
    },
  },
  // A Content-Security-Policy <meta> on every page: scripts and styles from this site only, the
  // inline theme script by its hash, WebAssembly for Pagefind's search, no other origin at all.
  // Mermaid needs inline styles, so diagrams are drawn in a frame with its own policy
  // (src/integrations/mermaid-vendor.ts) and shown here as images.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
