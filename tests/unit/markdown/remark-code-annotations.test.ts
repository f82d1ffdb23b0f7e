import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderWarnings } from '../../support/render-markdown';

describe('remarkCodeAnnotations', () => {
  testFixtures('code-annotations');

  it('warns at the line of a marker that has no note', async () => {
    const markdown = 'Texto.\n\n```python\nx = 1  # (1)!\ny = 2  # (2)!\n```\n\n1. Só uma nota.\n';
    expect(await renderWarnings(markdown)).toEqual([
      'content/01-modulo/01-aula.md:5:1: Code annotation (2) has no note: the numbered list after the block has 1 item(s), so it shows as typed. Put note 2 in a numbered list right after the code block. [code-annotations]',
    ]);
  });

  it('warns when no numbered list follows the block', async () => {
    const warnings = await renderWarnings('```bash\nls # (1)\n```\n\nTexto.\n');
    expect(warnings).toEqual([
      'content/01-modulo/01-aula.md:2:1: Code annotation (1) has no note: no numbered list follows the block, so it shows as typed. Put note 1 in a numbered list right after the code block. [code-annotations]',
    ]);
  });
});
