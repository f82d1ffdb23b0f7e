import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IMAGE_SIZES, IMAGE_WIDTHS } from '../../../src/markdown/rehype-figures';
import { testFixtures } from '../../support/fixtures';
import { renderMarkdown, renderWarnings } from '../../support/render-markdown';

describe('rehypeFigures', () => {
  testFixtures('figures');

  it('warns at file:line about an image with no alt text', async () => {
    expect(await renderWarnings('Texto.\n\n![](https://img.example/x.png)\n')).toContain(
      'content/01-modulo/01-aula.md:3:1: Image "https://img.example/x.png" has no alt text. Describe it in ![...](https://img.example/x.png), or mark it { .decorativa } if it is decorative. [figures]',
    );
  });
});

describe('rehypeFigures with remote images', () => {
  it('keeps the URL, loads lazily, and warns that the policy will not show it', async () => {
    const markdown = 'Texto.\n\n![Logo](https://img.example/logo.png){ width=120 height=40 }\n';
    expect(await renderMarkdown(markdown)).toBe(
      '<p>Texto.</p>\n<p><img src="https://img.example/logo.png" alt="Logo" width="120" height="40" loading="lazy" decoding="async"></p>',
    );
    expect(await renderWarnings(markdown)).toEqual([
      `content/01-modulo/01-aula.md:3:1: Remote image "https://img.example/logo.png" will not show: the site's Content-Security-Policy loads images from this site only. Save the image next to the lesson and link the file. [figures]`,
    ]);
  });
});

describe('rehypeFigures with local images', () => {
  const lesson = pathToFileURL(path.resolve('tests/fixtures/e2e-course/recursos.md'));
  const markers = (html: string) =>
    [...html.matchAll(/<(\w+)[^>]*?__ASTRO_IMAGE_="([^"]+)"/g)].map(([, tag, json]) => ({
      tag,
      ...(JSON.parse(json!.replaceAll('&#x22;', '"')) as Record<string, unknown>),
    }));

  it('puts a raster image in a <picture> with AVIF and WebP sources and the original as fallback', async () => {
    const html = await renderMarkdown('![Um terminal](img/captura.png)\n', lesson);
    expect(html).toMatch(
      /^<p><picture><source type="image\/avif"[^>]*><source type="image\/webp"[^>]*><img [^>]*><\/picture><\/p>$/,
    );
    const common = { src: 'img/captura.png', widths: IMAGE_WIDTHS, sizes: IMAGE_SIZES, index: 0 };
    expect(markers(html)).toEqual([
      { tag: 'source', ...common, format: 'avif' },
      { tag: 'source', ...common, format: 'webp' },
      { tag: 'img', ...common, alt: 'Um terminal', format: 'png' },
    ]);
  });

  it('passes { loading=eager } on to the image Astro resolves', async () => {
    const html = await renderMarkdown('![Um terminal](img/captura.png){ loading=eager }\n', lesson);
    expect(markers(html).at(-1)).toMatchObject({ tag: 'img', loading: 'eager' });
  });

  it('keeps an SVG a single <img> for Astro to size, inside its figure', async () => {
    const html = await renderMarkdown('![Pilha](img/pilha.svg "Legenda")\n', lesson);
    expect(html).not.toContain('<picture');
    expect(html).toMatch(
      /^<figure class="figure"><img __ASTRO_IMAGE_=.*<figcaption>Legenda<\/figcaption><\/figure>$/,
    );
  });

  it('stops on a local image that does not exist, naming the lesson line and the file it looked for', async () => {
    await expect(renderMarkdown('Texto.\n\n![Falta](img/sumiu.png)\n', lesson)).rejects.toThrow(
      'tests/fixtures/e2e-course/recursos.md:3:1: Image "img/sumiu.png" not found: no file at tests/fixtures/e2e-course/img/sumiu.png. Fix the path (it is relative to this lesson) or add the file. [figures]',
    );
  });
});

describe('rehypeFigures with SVG files', () => {
  const lesson = pathToFileURL(path.resolve('tests/fixtures/images/aula.md'));

  it('accepts an SVG sized by its viewBox alone', async () => {
    await expect(renderMarkdown('![Diagrama](so-viewbox.svg)\n', lesson)).resolves.toContain(
      '__ASTRO_IMAGE_',
    );
  });

  it('stops on an SVG without width, height or viewBox, saying what to add', async () => {
    await expect(renderMarkdown('![Diagrama](sem-tamanho.svg)\n', lesson)).rejects.toThrow(
      'tests/fixtures/images/aula.md:1:1: SVG "sem-tamanho.svg" has no size: its <svg> tag has neither width and height nor a viewBox, so the page cannot reserve its space. Add viewBox="0 0 <width> <height>" to it. [figures]',
    );
  });
});
