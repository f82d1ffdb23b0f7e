/**
 * A one-lesson course whose lesson carries three raster diagrams, the way a lesson with exported
 * drawings would: the first one in the opening screen, the other two further down. The PNGs are
 * drawn with sharp from SVG (boxes, labels, arrows, a soft gradient) at 1600 x 900, the size
 * diagram tools export. A second lesson has text only.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const LAYERS = [
  ['Aplicação', 'Bibliotecas', 'Runtime de contêiner', 'Kernel do host', 'Hardware'],
  ['Pod', 'kubelet', 'containerd', 'runc', 'Kernel'],
  ['Cliente', 'Ingress', 'Service', 'Pods', 'Volume'],
];

function diagramSvg(labels: string[], hue: number): string {
  const boxes = labels
    .map((label, i) => {
      const y = 80 + i * 160;
      const arrow =
        i < labels.length - 1
          ? `<path d="M800 ${y + 110} v40" stroke="#334" stroke-width="6" marker-end="url(#a)"/>`
          : '';
      return `<rect x="300" y="${y}" width="1000" height="110" rx="18" fill="hsl(${hue + i * 18} 60% ${78 - i * 6}%)" stroke="#223" stroke-width="4"/>
<text x="800" y="${y + 70}" font-family="sans-serif" font-size="48" text-anchor="middle" fill="#111">${label}</text>${arrow}`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f7f9fc"/><stop offset="1" stop-color="#e3ebf6"/></linearGradient>
<marker id="a" markerWidth="8" markerHeight="8" refX="4" refY="4" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#334"/></marker></defs>
<rect width="1600" height="900" fill="url(#g)"/>
${boxes}
</svg>`;
}

const PARAGRAPH =
  'Cada camada do desenho depende da camada de baixo. Leia o diagrama de cima para baixo e ' +
  'compare com o que você viu na aula anterior: o kernel é compartilhado, o resto não.';

/** Writes the course into `dir` (replacing it); returns the URL paths of its two lessons. */
export async function writeImageCourse(dir: string): Promise<{ diagrams: string; plain: string }> {
  rmSync(dir, { recursive: true, force: true });
  const moduleDir = path.join(dir, '01-diagramas');
  mkdirSync(path.join(moduleDir, 'img'), { recursive: true });
  writeFileSync(path.join(moduleDir, '_module.yml'), 'title: Diagramas\n');
  const sections: string[] = [];
  for (const [i, labels] of LAYERS.entries()) {
    const file = `diagrama-${i + 1}.png`;
    await sharp(Buffer.from(diagramSvg(labels, 200 + i * 40)))
      .png()
      .toFile(path.join(moduleDir, 'img', file));
    sections.push(
      `## Diagrama ${i + 1}\n\n![${labels.join(', ')}](img/${file})\n\n${Array(i === 0 ? 1 : 6)
        .fill(PARAGRAPH)
        .join('\n\n')}\n`,
    );
  }
  writeFileSync(
    path.join(moduleDir, '01-tres-diagramas.md'),
    `---\ntitle: Três diagramas\ndescription: Uma aula com três diagramas exportados como PNG.\n---\n\n${PARAGRAPH}\n\n${sections.join('\n')}`,
  );
  writeFileSync(
    path.join(moduleDir, '02-sem-diagramas.md'),
    `---\ntitle: Sem diagramas\ndescription: Uma aula só de texto.\n---\n\n${Array(12).fill(PARAGRAPH).join('\n\n')}\n`,
  );
  return { diagrams: '/diagramas/tres-diagramas/', plain: '/diagramas/sem-diagramas/' };
}
