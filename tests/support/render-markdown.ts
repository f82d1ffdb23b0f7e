import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { processorOptions, shikiConfig } from '../../src/markdown/index';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/** Renders Markdown with exactly the plugin lists and options the site build uses. */
export async function renderMarkdown(markdown: string, fileURL?: URL): Promise<string> {
  processor ??= createMarkdownProcessor({
    ...processorOptions,
    syntaxHighlight: 'shiki',
    shikiConfig,
  });
  const { code } = await (await processor).render(markdown, fileURL ? { fileURL } : undefined);
  return code;
}
