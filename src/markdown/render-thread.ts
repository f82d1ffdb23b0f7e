/**
 * One render thread of the pool (render-pool.ts): renders a lesson's Markdown with exactly the
 * processor the site uses in the main thread (index.ts), and hands back what Astro's Markdown
 * content type returns. Bundled by render-pool.ts, since Node cannot load src/ as it is.
 *
 * A lesson that cannot be rendered comes back as `{ failed, failures }`: the messages fail()
 * recorded here are recorded again in the main thread, which stops the build.
 */
import { createMarkdownProcessor, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { processorOptions } from './index';
import { deferWarnings, reportedFailures } from './report';

export interface RenderTask {
  body: string;
  filePath: string | undefined;
  frontmatter: Record<string, unknown>;
  /** Astro's `image` settings (which remote images it may optimise). */
  image: AstroMarkdownOptions['image'];
}

export interface RenderedLesson {
  html: string;
  metadata: {
    headings: unknown[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
    imagePaths: string[];
  };
}

export type RenderReply = RenderedLesson | { failed: string; failures: string[] };

deferWarnings();
let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

export default async function render(task: RenderTask): Promise<RenderReply> {
  processor ??= createMarkdownProcessor({ ...processorOptions, image: task.image });
  const before = reportedFailures().length;
  try {
    const result = await (
      await processor
    ).render(task.body, {
      frontmatter: task.frontmatter,
      fileURL: task.filePath ? pathToFileURL(task.filePath) : undefined,
    });
    const { localImagePaths, remoteImagePaths } = result.metadata;
    return {
      html: result.code,
      metadata: {
        ...result.metadata,
        imagePaths: localImagePaths.concat(remoteImagePaths),
      } as RenderedLesson['metadata'],
    };
  } catch (error) {
    return {
      failed: error instanceof Error ? error.message : String(error),
      failures: reportedFailures().slice(before),
    };
  }
}
