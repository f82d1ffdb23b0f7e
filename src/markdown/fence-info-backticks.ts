/**
 * Code fences whose info string holds a backtick, which PyMdown's SuperFences accepts and
 * CommonMark does not (there the line is a paragraph, and its closing fence opens a block that
 * swallows the rest of the page):
 *
 *   ```bash title="Resposta de `fastapi dev`"      ~~~bash title="Resposta de `fastapi dev`"
 *   INFO ...                                  ->    INFO ...
 *   ```                                             ~~~
 *
 * Such a fence and its closing line are rewritten with tildes, which allow any info string; the
 * code node that comes out is the same. One line in, one line out, so line numbers are unchanged.
 * Every other fence is left alone.
 */
import type { SourceStep } from './remark-source-preprocess';

const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;

/** The preprocessing step for remarkSourcePreprocess. */
export const fenceInfoBackticksStep: SourceStep = {
  name: 'fence-info-backticks',
  run(text) {
    if (!/^\s*`{3,}[^`\n]*`/m.test(text)) return undefined;
    let open: { marker: string; rewrite: boolean } | undefined;
    const lines = text.split('\n').map((line) => {
      const fence = FENCE.exec(line);
      if (!fence) return line;
      const [, indent = '', marker = '', info = ''] = fence;
      if (open) {
        const closes =
          marker[0] === open.marker[0] && marker.length >= open.marker.length && !info.trim();
        if (!closes) return line;
        const rewrite = open.rewrite;
        open = undefined;
        return rewrite ? `${indent}${'~'.repeat(marker.length)}${info}` : line;
      }
      const rewrite = marker.startsWith('`') && info.includes('`');
      open = { marker, rewrite };
      return rewrite ? `${indent}${'~'.repeat(marker.length)}${info}` : line;
    });
    return { text: lines.join('\n') };
  },
};
