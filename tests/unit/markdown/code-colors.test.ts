import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_THEMES, classesForStyle, codeColorsCss } from '../../../src/markdown/code-colors';
import { renderMarkdown } from '../../support/render-markdown';

const load = async (name: string) => (await import(`@shikijs/themes/${name}`)).default;

describe('code colours', () => {
  it('turns a Shiki token style into theme classes', () => {
    expect(
      classesForStyle(
        'color:light-dark(#6F42C1, #B392F0);--shiki-light:#6F42C1;--shiki-dark:#B392F0;font-style:italic',
      ),
    ).toEqual(['l-6f42c1', 'd-b392f0', 'fs-i']);
  });

  it('ships a stylesheet that is up to date with the themes (npm run gen:code-colors)', async () => {
    const expected = codeColorsCss(await load(CODE_THEMES.light), await load(CODE_THEMES.dark));
    expect(readFileSync('src/styles/code-colors.css', 'utf8')).toBe(expected);
  });

  it('has a rule for every colour class that highlighted code uses', async () => {
    const css = readFileSync('src/styles/code-colors.css', 'utf8');
    const samples = ['bash', 'dockerfile', 'yaml', 'json', 'toml', 'python', 'go', 'hcl', 'http']
      .map(
        (lang) =>
          `\`\`\`${lang}\n# comentário\nx = "texto" 42 true\nFROM alpine:3.22\nfunc main() {}\n\`\`\``,
      )
      .join('\n\n');
    const html = await renderMarkdown(samples);
    const used = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')));
    const colors = [...used].filter((name) => /^[ld]-[0-9a-f]+$/.test(name));
    expect(colors.length).toBeGreaterThan(5);
    expect(colors.filter((name) => !css.includes(`.${name} `))).toEqual([]);
    expect(html).not.toContain('style=');
  });
});

describe('code colour contrast', () => {
  // Axe skips the tokens of code blocks (thousands per page); this checks every colour instead.
  const luminance = (hex: string) => {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  const [, lightBg, darkBg] = /--bg-code: light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/.exec(
    tokens,
  )!;
  const css = readFileSync('src/styles/code-colors.css', 'utf8');

  it.each([
    ['light', 'l', lightBg!],
    ['dark', 'd', darkBg!],
  ])('every %s token colour used as text reaches 4.5:1 on the code background', (_, prefix, bg) => {
    const colors = [
      ...css.matchAll(
        new RegExp(`\\.${prefix}-[0-9a-f]+ \\{ --code-${prefix}: (#[0-9a-f]{6}); \\}`, 'g'),
      ),
    ].map((m) => m[1]!);
    const weak = colors.filter((color) => contrast(color, bg) < 4.5 && contrast(color, bg) > 1.3);
    expect(colors.length).toBeGreaterThan(8);
    expect(weak).toEqual([]);
  });
});
