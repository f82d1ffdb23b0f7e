/**
 * Renders every page of one MkDocs course (MKDOCS_CONFIG) twice, with the site's Markdown plugins
 * and with plain remark-gfm, and prints the times as JSON. Bundled and run by bench-render.ts, one
 * process per course, because the plugins read MKDOCS_CONFIG when they load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { mkdocsProject } from '../../src/course/mkdocs-config';
import { isExcluded } from '../../src/course/mkdocs-exclude';
import { processorOptions, shikiConfig } from '../../src/markdown/index';

const ROUNDS = Number(process.env.BENCH_RENDER_ROUNDS ?? 3);

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
  const shared = { syntaxHighlight: 'shiki' as const, shikiConfig };
  const withPlugins = await createMarkdownProcessor({ ...processorOptions, ...shared });
  const plain = await createMarkdownProcessor({
    ...shared,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [],
    gfm: false,
    smartypants: false,
  });
  // Warnings would be timed too: this measures rendering, not the console.
  console.warn = () => undefined;
  const time = async (processor: typeof plain) => {
    const runs: number[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      const started = performance.now();
      for (const page of pages) {
        await processor.render(page.body, { fileURL: page.url, frontmatter: page.frontmatter });
      }
      if (round > 0) runs.push(performance.now() - started); // round 0 warms up
    }
    return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  };
  const pluginsMs = await time(withPlugins);
  const plainMs = await time(plain);
  process.stdout.write(`${JSON.stringify({ files: pages.length, pluginsMs, plainMs })}\n`);
}

await main();
