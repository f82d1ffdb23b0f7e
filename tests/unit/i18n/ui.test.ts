import { describe, expect, it } from 'vitest';
import { formatDate, t, tCount } from '../../../src/i18n/ui';

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('theme.switch', { current: 'Claro', next: 'Escuro' })).toBe(
      'Tema: Claro. Mudar para Escuro',
    );
    expect(t('theme.switch', { current: 'Claro' })).toBe('Tema: Claro. Mudar para {next}');
  });

  it('picks the Portuguese plural form', () => {
    expect(tCount('site.lessonCount', 1)).toBe('1 aula');
    expect(tCount('site.lessonCount', 0)).toBe('0 aulas');
    expect(tCount('site.lessonCount', 12)).toBe('12 aulas');
  });

  it('formats dates in pt-BR', () => {
    expect(formatDate(new Date('2026-11-29T12:00:00Z'))).toBe('29 de novembro de 2026');
  });
});
