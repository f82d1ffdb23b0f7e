/**
 * Renders every page of one MkDocs course (MKDOCS_CONFIG) with one pipeline (BENCH_PIPELINE:
 * `plugins`, the site's Markdown plugins, or `plain`, remark-gfm alone) and prints the median time
 * as JSON (the fastest of BENCH_RENDER_ROUNDS rounds after a warm-up). Bundled and run by bench-render.ts, one process per course and pipeline: the plugins
 * read MKDOCS_CONFIG when they load, and a pipeline measured after the other in the same process
 * would run on code the first one already warmed up (Shiki and micromark are shared).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { mkdocsProject } from '../../src/course/mkdocs-config';
import { isExcluded } from '../../src/course/mkdocs-exclude';
import { processorOptions, shikiConfig } from '../../src/markdown/index';

const ROUNDS = Number(process.env.BENCH_RENDER_ROUNDS ?? 5);

async function main(): Promise<void> {
  if (!mkdocsProject) throw new Error('render-worker: set MKDOCS_CONFIG');
  const { docsDir, exclude } = mkdocsProject;
  const pages = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.md') && !isExcluded(file, exclude))
    .map((file) => {
      const source = readFileSync(path.join(docsDir, file), 'utf8');
      const { frontmatter, content } = parseFrontmatter(source, {
        frontmatter: 'empty-with-spaces',
      });
      return { url: pathToFileURL(path.join(docsDir, file)), frontmatter, body: content.trim() };
    });
  // Plain: Astro's own highlighting with the site's Shiki settings; the site's list highlights last.
  const processor =
    process.env.BENCH_PIPELINE === 'plain'
      ? await createMarkdownProcessor({
          syntaxHighlight: 'shiki',
          shikiConfig,
          remarkPlugins: [remarkGfm],
          rehypePlugins: [],
          gfm: false,
          smartypants: false,
        })
      : await createMarkdownProcessor(processorOptions);
  // Warnings would be timed too: this measures rendering, not the console.
  console.warn = () => undefined;
  const runs: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const started = performance.now();
    for (const page of pages) {
      await processor.render(page.body, { fileURL: page.url, frontmatter: page.frontmatter });
    }
    if (round > 0) runs.push(performance.now() - started); // round 0 warms up
  }
  // The fastest round: this machine's noise only ever adds time.
  const ms = Math.min(...runs);
  process.stdout.write(`${JSON.stringify({ files: pages.length, ms })}\n`);
}

await main();
