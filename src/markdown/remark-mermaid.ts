/**
 * Mermaid fences become diagrams drawn in the browser, only when the reader gets near them.
 *
 *   ```mermaid                      <course-diagram class="diagram">
 *   flowchart LR             ->       (the highlighted source, as a code block)
 *     A --> B                       </course-diagram>
 *   ```
 *
 * Without JavaScript the source stays readable as code; src/client/course-diagram.ts swaps it
 * for the SVG. The renderer is only fetched by pages that have a diagram. Each diagram is parsed
 * at build time and a syntax error is reported at the file and line of the broken statement.
 */
import type { Code, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { container } from './course-container';
import { checkMermaid } from './mermaid-syntax';
import { warn } from './report';

/** Wraps every ```mermaid fence in a <course-diagram> and checks its syntax. */
export function remarkMermaid() {
  return async (tree: Root, file: VFile) => {
    const diagrams: Code[] = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      diagrams.push(node);
      parent.children[index] = container(
        'course-diagram',
        {
          className: ['diagram'],
          // Search indexes prose and code, not the drawing instructions of diagrams.
          dataPagefindIgnore: '',
        },
        [node],
      );
      return SKIP;
    });
    for (const diagram of diagrams) {
      const error = await checkMermaid(diagram.value);
      if (!error) continue;
      // The fence's first line is the ``` line, so the diagram's line n is n lines below it.
      const start = diagram.position?.start;
      const place = start && {
        type: 'code',
        position: {
          start: { line: start.line + error.line, column: start.column },
          end: { line: start.line + error.line, column: start.column },
        },
      };
      warn(
        file,
        place ?? diagram,
        `Mermaid diagram does not parse: ${error.message} Readers see this error and the source in place of the drawing; fix the diagram (https://mermaid.js.org/intro/syntax-reference.html).`,
        'mermaid',
      );
    }
  };
}
