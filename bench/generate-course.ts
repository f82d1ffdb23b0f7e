/**
 * Writes a synthetic Portuguese course of N lessons into a folder, for the benchmark: modules of up
 * to 50 lessons, each lesson with headings, paragraphs, lists, a nested checklist, code in several
 * languages, a table, MkDocs admonitions and tabs, and local images (SVG and PNG).
 * Usage: node bench/generate-course.ts <dir> <lessons>
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const words = (
  'contêiner namespace cgroup kernel processo isolamento imagem camada registro orquestração ' +
  'serviço réplica nó cluster rede volume memória limite agendador controlador sonda escalonamento'
).split(' ');

function sentence(seed: number, length = 14): string {
  const picked = Array.from({ length }, (_, i) => words[(seed * 7 + i * 13) % words.length]);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function lesson(n: number): string {
  const p = (k: number) =>
    `${sentence(n + k)} ${sentence(n + k + 1, 18)} ${sentence(n + k + 2, 9)}`;
  return `---
title: Aula ${n} sobre ${words[n % words.length]}
description: ${sentence(n, 10)}
objectives:
  - ${sentence(n + 1, 6)}
  - ${sentence(n + 2, 6)}
---

${p(0)}

## Conceitos da aula ${n}

${p(3)}

- ${sentence(n + 4, 8)}
- ${sentence(n + 5, 8)}
    - ${sentence(n + 6, 6)}

!!! note "Observação"
    ${p(7)}

### Tabela

| Recurso | Limite | Arquivo |
| --- | --- | --- |
| CPU | 50% | \`cpu.max\` |
| Memória | 256 MiB | \`memory.max\` |
| PIDs | 100 | \`pids.max\` |

![Diagrama da aula ${n}](./img/diagrama.svg)

## Prática

\`\`\`bash
unshare --uts --fork sh -c 'hostname aula-${n}; hostname'
\`\`\`

\`\`\`yaml
apiVersion: v1
kind: Pod
metadata:
  name: aula-${n}
spec:
  containers:
    - name: web
      image: nginx:1.27
\`\`\`

\`\`\`python
def aula_${n}():
    return "${words[n % words.length]}"
\`\`\`

=== "Linux"
    ${sentence(n + 8)}

=== "macOS"
    ${sentence(n + 9)}

![Captura da aula ${n}](./img/captura.png)

## Exercícios

- [ ] ${sentence(n + 10, 7)}
- [ ] ${sentence(n + 11, 7)}
    - [ ] ${sentence(n + 12, 5)}
    - [x] ${sentence(n + 13, 5)}
- [ ] ${sentence(n + 14, 7)}

${p(15)}
`;
}

/** Writes the course and returns the number of files written. */
export function generateCourse(dir: string, lessons: number): number {
  rmSync(dir, { recursive: true, force: true });
  const perModule = 50;
  for (let n = 1; n <= lessons; n++) {
    const moduleIndex = Math.ceil(n / perModule);
    const moduleDir = path.join(
      dir,
      `${String(moduleIndex).padStart(2, '0')}-modulo-${moduleIndex}`,
    );
    if ((n - 1) % perModule === 0) {
      mkdirSync(path.join(moduleDir, 'img'), { recursive: true });
      writeFileSync(path.join(moduleDir, '_module.yml'), `title: Módulo ${moduleIndex}\n`);
      writeFileSync(
        path.join(moduleDir, 'img', 'diagrama.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320"><rect width="640" height="320" fill="#0b5cad"/></svg>',
      );
      writeFileSync(path.join(moduleDir, 'img', 'captura.png'), PNG_1x1);
    }
    const file = `${String(((n - 1) % perModule) + 1).padStart(2, '0')}-aula-${n}.md`;
    writeFileSync(path.join(moduleDir, file), lesson(n));
  }
  return lessons;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'bench/.course', count = '100'] = process.argv.slice(2);
  generateCourse(dir, Number(count));
  console.log(`Wrote ${count} lessons to ${dir}`);
}
