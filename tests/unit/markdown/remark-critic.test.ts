import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderWarnings } from '../../support/render-markdown';

describe('remarkCritic', () => {
  testFixtures('critic');

  it('warns at the line and column of an opener that never closes', async () => {
    const warnings = await renderWarnings('Texto.\n\nUm {++ aberto\ne {== outro\n');
    expect(warnings).toEqual([
      'content/01-modulo/01-aula.md:3:4: CriticMarkup "{++" has no closing "++}" in this paragraph, so it shows as typed. Close it, or write the brace as \\{ if it is text. [critic]',
      'content/01-modulo/01-aula.md:4:3: CriticMarkup "{==" has no closing "==}" in this paragraph, so it shows as typed. Close it, or write the brace as \\{ if it is text. [critic]',
    ]);
  });

  it('asks for the arrow of a substitution', async () => {
    const warnings = await renderWarnings('Um {~~sem seta~~}.\n');
    expect(warnings).toEqual([
      'content/01-modulo/01-aula.md:1:4: CriticMarkup "{~~" has no "~>" between the old and new text in this paragraph, so it shows as typed. Close it, or write the brace as \\{ if it is text. [critic]',
    ]);
  });

  it('says nothing about closers alone', async () => {
    expect(await renderWarnings('i++} e --} e <<}.\n')).toEqual([]);
  });
});
