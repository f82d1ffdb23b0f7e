import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown';

// Its own file, so this process's Shiki has loaded no language yet when the test starts.
describe('remarkEmbeddedLanguages', () => {
  it("colours a Markdown block's inner fences in the first lesson that shows one", async () => {
    const html = await renderMarkdown(
      '````markdown\nUm Dockerfile:\n\n```dockerfile\nFROM nginx:1.27\n```\n````\n',
    );
    // FROM as a Dockerfile keyword, not as plain text of the fence.
    expect(html).toMatch(/<span class="l-cf222e d-ff7b72">FROM<\/span>/);
  });
});
