import { describe, expect, it, vi } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderMarkdown } from '../../support/render-markdown';

describe('remarkAttributeLists', () => {
  testFixtures('attribute-lists');

  it('warns at file:line about attributes outside the allow-list', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderMarkdown('Texto.\n\n[Clique](/x/){: onclick="alert(1)" }\n');
    expect(warn).toHaveBeenCalledWith(
      'content/01-modulo/01-aula.md:3:14: Attribute "onclick" was dropped: only id, class, title, target, rel, loading, width, height, align, data-* and aria-* are allowed, and never javascript: values. [attribute-lists]',
    );
    warn.mockRestore();
  });
});
