import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../../support/link-checker';

describe('checkLinks', () => {
  it('reports missing pages, anchors and assets with the page they are on', () => {
    const broken = checkLinks('tests/fixtures/links/site', '/curso/');
    expect(formatBrokenLinks(broken).split('\n')).toEqual([
      'index.html: aula/#nao-existe (no element with id "nao-existe" on aula/index.html)',
      'index.html: /curso/sumiu/ (no such page or file)',
      'index.html: /outro/ (outside the site base /curso/)',
      'index.html: img/falta.png (no such page or file)',
    ]);
  });
});
