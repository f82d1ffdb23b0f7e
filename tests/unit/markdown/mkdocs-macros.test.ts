import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { readMkDocsProject } from '../../../src/course/mkdocs-config';
import { mkdocsMacrosStep } from '../../../src/markdown/mkdocs-macros';
import { remarkSourcePreprocess } from '../../../src/markdown/remark-source-preprocess';
import { remarkCourseLinks } from '../../../src/markdown/remark-course-links';

const fixture = path.resolve('tests/fixtures/mkdocs/curso');
const project = readMkDocsProject(path.join(fixture, 'mkdocs.yml'));
const page = path.join(fixture, 'docs/basico/01-primeira.md');

/** Renders `markdown` as the page above, with the macros step and one plugin that warns. */
async function render(markdown: string, file = page) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [
      [remarkSourcePreprocess, { steps: [mkdocsMacrosStep(project)!] }],
      [remarkCourseLinks, { contentDir: project.docsDir, base: '/', keepOrderPrefixes: true }],
    ],
    syntaxHighlight: false,
    smartypants: false,
  });
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: unknown) => void warnings.push(String(message));
  try {
    const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
    const frontmatter = markdown.startsWith('---') ? { title: 'A primeira' } : {};
    const { code } = await processor.render(body, { fileURL: pathToFileURL(file), frontmatter });
    return { html: code, warnings };
  } finally {
    console.warn = original;
  }
}

describe('mkdocs-macros', () => {
  it('renders set, include, if, extra variables, page.title (from the nav) and raw blocks', async () => {
    const { html } = await render(readFileSync(page, 'utf8'));
    expect(html).toContain('<strong>Aula 01</strong> com Python 3.13.');
    expect(html).toContain('Esta é a página "Primeira aula" da aula 01.');
    expect(html).toContain('Um exemplo com {{ chaves }} que fica como está.');
  });

  it('keeps an undefined variable as written and warns at its line in the file', async () => {
    const { html, warnings } = await render(readFileSync(page, 'utf8'));
    expect(html).toContain('${{ secrets.TOKEN }}');
    expect(warnings).toContain(
      'tests/fixtures/mkdocs/curso/docs/basico/01-primeira.md:17:9: Jinja variable in "{{ secrets.TOKEN }}" is not defined, so it is kept as written. Define it under extra: in mkdocs.yml or in the page\'s frontmatter, or wrap the text in {% raw %}…{% endraw %}. [mkdocs-macros]',
    );
  });

  it('reports later problems at the line as written, after an include and the frontmatter', async () => {
    const source = readFileSync(page, 'utf8').replace('segunda.md#fim', 'sumiu.md');
    const { warnings } = await render(source);
    expect(warnings.find((w) => w.includes('[course-links]'))).toMatch(
      /^tests\/fixtures\/mkdocs\/curso\/docs\/basico\/01-primeira\.md:20:8: Link "sumiu\.md"/,
    );
  });

  it('keeps a page whose template does not parse as written, with a warning at the line', async () => {
    const { html, warnings } = await render('# Título\n\nTexto.\n\n{% if %}quebrado\n');
    expect(html).toContain('{% if %}quebrado');
    expect(warnings[0]).toMatch(
      /01-primeira\.md:5:\d+: Jinja template could not be rendered \(.*\), so the page is shown as written\./,
    );
  });

  it('leaves pages without Jinja untouched', async () => {
    const { html, warnings } = await render('# Título\n\nSó texto.\n');
    expect(html).toContain('<p>Só texto.</p>');
    expect(warnings).toEqual([]);
  });
});
