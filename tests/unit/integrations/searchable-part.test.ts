import { describe, expect, it } from 'vitest';
import { searchablePart } from '../../../src/integrations/searchable-part';

const HEAD = '<!DOCTYPE html><html lang="pt-BR"><head><title>Aula</title></head>';
const page = (body: string) => `${HEAD}<body class="site">${body}</body></html>`;

describe('searchablePart', () => {
  it('keeps the head and the element marked data-pagefind-body, drops the rest', () => {
    const html = page(
      '<header><nav>menu</nav></header><main><article class="prose" data-pagefind-body>' +
        '<h1>Aula</h1><p>texto</p></article><aside>índice</aside></main><footer>fim</footer>',
    );
    expect(searchablePart(html)).toBe(
      `${HEAD}<body class="site"><article class="prose" data-pagefind-body>` +
        '<h1>Aula</h1><p>texto</p></article></body></html>',
    );
  });

  it('finds the end of the marked element past elements of the same name inside it', () => {
    const html = page(
      '<nav>menu</nav><article data-pagefind-body=""><article><p>a</p></article>' +
        '<article class="x"><p>b</p></article><p>c</p></article><article>depois</article>',
    );
    expect(searchablePart(html)).toBe(
      `${HEAD}<body class="site"><article data-pagefind-body=""><article><p>a</p></article>` +
        '<article class="x"><p>b</p></article><p>c</p></article></body></html>',
    );
  });

  it('ignores the mark where a lesson only mentions it in text or code', () => {
    const html = page(
      '<nav>menu</nav><article data-pagefind-body><p>Use <code>&lt;main data-pagefind-body&gt;</code>' +
        ' para marcar o texto.</p></article><footer>fim</footer>',
    );
    expect(searchablePart(html)).toBe(
      `${HEAD}<body class="site"><article data-pagefind-body><p>Use <code>&lt;main ` +
        'data-pagefind-body&gt;</code> para marcar o texto.</p></article></body></html>',
    );
  });

  it('sends whole a page without the mark, with two marked elements or an unclosed one', () => {
    const unmarked = page('<nav>menu</nav><article><p>módulo</p></article>');
    const twice = page(
      '<article data-pagefind-body><p>a</p></article><nav>x</nav><div data-pagefind-body>b</div>',
    );
    const unclosed = page('<nav>menu</nav><article data-pagefind-body><p>a</p>');
    for (const html of [unmarked, twice, unclosed]) expect(searchablePart(html)).toBe(html);
  });

  it('does not take an attribute that only ends with the mark for it', () => {
    const html = page('<div x-data-pagefind-body="1"><p>a</p></div><nav>menu</nav>');
    expect(searchablePart(html)).toBe(html);
  });
});
