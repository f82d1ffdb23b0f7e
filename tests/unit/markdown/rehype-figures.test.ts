import { describe, expect, it, vi } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderMarkdown } from '../../support/render-markdown';

describe('rehypeFigures', () => {
  testFixtures('figures');

  it('warns at file:line about an image with no alt text', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderMarkdown('Texto.\n\n![](https://img.example/x.png)\n');
    expect(warn).toHaveBeenCalledWith(
      'content/01-modulo/01-aula.md:3:1: Image "https://img.example/x.png" has no alt text. Describe it in ![...](https://img.example/x.png), or mark it { .decorativa } if it is decorative. [figures]',
    );
    warn.mockRestore();
  });
});
