import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderWarnings } from '../../support/render-markdown';

describe('remarkIcons', () => {
  testFixtures('icons');

  it('warns at file:line about an icon the set does not have', async () => {
    expect(await renderWarnings('Texto.\n\nLinha com :material-nao-existe: aqui.\n')).toEqual([
      'content/01-modulo/01-aula.md:3:11: Unknown icon ":material-nao-existe:": @iconify-json/mdi has no "nao-existe". Check the name in the icon set, or write the text without colons. [icons]',
    ]);
  });
});
