import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown';

describe('fenceInfoBackticksStep', () => {
  it('keeps a fence whose title holds backticks a code block, as SuperFences does', async () => {
    const html = await renderMarkdown(
      '```bash title="Resposta de `fastapi dev`"\nINFO pronto\n```\n\n## Depois\n\nTexto.\n',
    );
    expect(html).toContain('Resposta de `fastapi dev`');
    expect(html).toContain('<pre class="astro-code');
    expect(html).toContain('data-language="bash"');
    expect(html).toMatch(/<h2[^>]*>Depois/);
    expect(html).toContain('<p>Texto.</p>');
  });

  it('leaves other fences and inline code alone', async () => {
    const html = await renderMarkdown('Use `a` e ``b``.\n\n```python\nx = "`"\n```\n');
    expect(html).toContain('<code>a</code>');
    expect(html).toContain('data-language="python"');
  });
});
