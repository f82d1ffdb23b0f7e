/**
 * One render process of the pool (render-pool.ts): renders a lesson's Markdown with exactly the
 * processor the site uses in the main thread (index.ts), and hands back what Astro's Markdown
 * content type returns. Bundled by render-pool.ts, since Node cannot load src/ as it is.
 *
 * A lesson that cannot be rendered comes back as `{ failed, failures }`: the messages fail()
 * recorded here are recorded again in the main process, which stops the build. Warnings are kept
 * with the lesson (report.ts) and printed by the main process; Mermaid diagrams are checked here,
 * in this process, which is already off the main thread.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { processorOptions } from './index';
import { checkDiagramsInline } from './mermaid-check';
import {
  IMAGE_OPTIONS_KEY,
  type ImageOptions,
  type RenderedLesson,
  type RenderReply,
  type RenderTask,
} from './render-task';
import { deferWarnings, reportedFailures } from './report';

deferWarnings();
checkDiagramsInline();
// Made while the process starts, before the first lesson arrives.
const processor = createMarkdownProcessor({
  ...processorOptions,
  image: JSON.parse(process.env[IMAGE_OPTIONS_KEY] ?? '{}') as ImageOptions,
});
// Its failure is reported by the first render that awaits it.
processor.catch(() => undefined);

export default async function render(task: RenderTask): Promise<RenderReply> {
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
