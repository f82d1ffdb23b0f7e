import { describe, expect, it } from 'vitest';
import { parseCodeMeta } from '../../../src/markdown/shiki-code-meta';
import { testFixtures } from '../../support/fixtures';

describe('code blocks', () => {
  testFixtures('code-blocks');

  it('reads PyMdown options in any quoting', () => {
    expect(parseCodeMeta(`title='a b.py' hl_lines="1 3-4" linenums="5 1 2"`)).toEqual({
      title: 'a b.py',
      highlight: new Set([1, 3, 4]),
      lineStart: 5,
      copy: true,
    });
    expect(parseCodeMeta('class="no-copy"').copy).toBe(false);
  });
});
