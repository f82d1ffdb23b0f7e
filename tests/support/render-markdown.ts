import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { processorOptions } from '../../src/markdown/index';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/** Where fixture Markdown pretends to live, so relative links resolve inside content/. */
const defaultFile = pathToFileURL(path.resolve('content/01-modulo/01-aula.md'));

/** Renders Markdown with exactly the plugin lists and options the site build uses. */
export async function renderMarkdownWithData(markdown: string, fileURL: URL = defaultFile) {
  processor ??= createMarkdownProcessor(processorOptions);
  const { code, metadata } = await (await processor).render(markdown, { fileURL });
  return { html: code, frontmatter: metadata.frontmatter as Record<string, unknown> };
}

/** The HTML alone. */
export async function renderMarkdown(markdown: string, fileURL?: URL): Promise<string> {
  return (await renderMarkdownWithData(markdown, fileURL)).html;
}

/** Renders Markdown and returns the warnings the plugins printed (file:line: message [rule]). */
export async function renderWarnings(markdown: string, fileURL?: URL): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: unknown) => void warnings.push(String(message));
  try {
    await renderMarkdown(markdown, fileURL);
  } finally {
    console.warn = original;
  }
  return warnings;
}
