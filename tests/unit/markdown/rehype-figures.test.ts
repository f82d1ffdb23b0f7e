import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderWarnings } from '../../support/render-markdown';

describe('rehypeFigures', () => {
  testFixtures('figures');

  it('warns at file:line about an image with no alt text', async () => {
    expect(await renderWarnings('Texto.\n\n![](https://img.example/x.png)\n')).toContain(
      'content/01-modulo/01-aula.md:3:1: Image "https://img.example/x.png" has no alt text. Describe it in ![...](https://img.example/x.png), or mark it { .decorativa } if it is decorative. [figures]',
    );
  });
});
