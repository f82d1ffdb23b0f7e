import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderMarkdown, renderWarnings } from '../../support/render-markdown';

describe('remarkMarkdownInHtml', () => {
  testFixtures('markdown-in-html');

  it('closes a block without its closing tag at the end of its parent, with a warning', async () => {
    const markdown = 'Antes.\n\n<div class="aberta" markdown>\n**texto**\n';
    expect(await renderMarkdown(markdown)).toBe(
      '<p>Antes.</p>\n<div class="aberta"><p><strong>texto</strong></p></div>',
    );
    expect(await renderWarnings(markdown)).toEqual([
      'content/01-modulo/01-aula.md:3:1: <div markdown> has no closing </div>: it ends with the block around it. Add </div> where it should end. [markdown-in-html]',
    ]);
  });
});
