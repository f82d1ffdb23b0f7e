import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';

/**
 * What every lesson of the course must have (issue: the course itself): frontmatter with title,
 * description and objectives; an objectives checklist; another checklist for exercises; a diagram;
 * a pitfall admonition; a "Fontes" section with links; YAML that parses; Kubernetes manifests with
 * apiVersion, kind and metadata.name.
 */
const contentDir = 'content';
const lessons = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /^\d+-[^/]+\/\d+-.+\.md$/.test(file.split(path.sep).join('/')))
  .sort();

function split(file: string) {
  const text = readFileSync(path.join(contentDir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return { frontmatter: match ? (parseYaml(match[1]!) as Record<string, unknown>) : undefined, body: match?.[2] ?? text };
}

function fences(body: string, lang: string): { code: string; line: number }[] {
  const blocks: { code: string; line: number }[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = new RegExp(`^(\\s*)(\`{3,}|~{3,})\\s*${lang}\\b`).exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const code: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim().startsWith(open[2]!)) code.push(lines[j++]!.slice(indent));
    blocks.push({ code: code.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

describe('every lesson of the course', () => {
  it('is found', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(25);
  });

  for (const file of lessons) {
    describe(file, () => {
      const { frontmatter, body } = split(file);

      it('has frontmatter with title, description and objectives', () => {
        expect(frontmatter?.title, 'title').toEqual(expect.any(String));
        expect(frontmatter?.description, 'description').toEqual(expect.any(String));
        expect(Array.isArray(frontmatter?.objectives) && frontmatter.objectives.length > 0, 'objectives').toBe(true);
      });

      it('lists its objectives as a checklist, has an exercise checklist, a diagram and a pitfall', () => {
        expect(body).toMatch(/^## Objetivos\s*\n+(\s*[-*+] \[ \] .+\n)+/m);
        expect(body).toMatch(/^## Exercícios\s*\n[\s\S]*?^[-*+] \[ \] /m);
        expect(body).toMatch(/^```mermaid/m);
        expect(body).toMatch(/^\s*(!!!|\?\?\?\+?) (warning|danger|caution|attention|failure)\b/m);
      });

      it('ends with a "Fontes" section that links to its sources', () => {
        const sources = body.split(/^## Fontes\s*$/m)[1];
        expect(sources, 'a "## Fontes" heading').toBeDefined();
        expect(sources).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
      });

      it('has YAML that parses and complete Kubernetes manifests', () => {
        for (const { code, line } of fences(body, 'yaml')) {
          for (const doc of parseAllDocuments(code)) {
            const where = `${file}:${line}`;
            expect(doc.errors.map((e) => e.message), where).toEqual([]);
            const value = doc.toJS() as Record<string, unknown> | null;
            if (!value || typeof value !== 'object' || !('kind' in value || 'apiVersion' in value)) continue;
            const metadata = value.metadata as { name?: unknown } | undefined;
            expect(value.apiVersion, `${where} apiVersion`).toEqual(expect.any(String));
            expect(value.kind, `${where} kind`).toEqual(expect.any(String));
            expect(metadata?.name, `${where} metadata.name`).toEqual(expect.any(String));
          }
        }
      });
    });
  }
});
