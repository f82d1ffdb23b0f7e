import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderWarnings } from '../../support/render-markdown';

describe('remarkAttributeLists', () => {
  testFixtures('attribute-lists');

  it('warns at file:line about attributes outside the allow-list', async () => {
    expect(await renderWarnings('Texto.\n\n[Clique](/x/){: onclick="alert(1)" }\n')).toContain(
      'content/01-modulo/01-aula.md:3:14: Attribute "onclick" was dropped: only id, class, title, target, rel, loading, width, height, align, data-* and aria-* are allowed, and never javascript: values. [attribute-lists]',
    );
  });
});
