import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderWarnings } from '../../support/render-markdown';

describe('remarkInlineHilite', () => {
  testFixtures('inline-hilite');

  it('warns at the line of an unknown language', async () => {
    const warnings = await renderWarnings('Texto.\n\nUse `#!pythn x = 1` aqui.\n');
    expect(warnings).toEqual([
      'content/01-modulo/01-aula.md:3:5: Unknown language "pythn" in inline code `#!pythn …`: the code shows without colours. Use a language Shiki knows (python, bash, yaml, …) or drop the "#!pythn " prefix. [inline-hilite]',
    ]);
  });

  it('says nothing about shebangs and bare markers', async () => {
    expect(await renderWarnings('`#!/bin/bash`, `#!`, `#!python` e ` #!js x `.\n')).toEqual([]);
  });
});
