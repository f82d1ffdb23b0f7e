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
 * at build time, in a worker thread while the page goes on rendering, and a syntax error is
 * reported at the file and line of the broken statement.
 */
import type { Code, Root } from 'mdast';
import { SKIP, walk } from './walk';
import type { VFile } from 'vfile';
import { container } from './course-container';
import { checkDiagram } from './mermaid-check';
import type { MermaidSyntaxError } from './mermaid-syntax';
import { warn } from './report';

/**
 * Wraps every ```mermaid fence in a <course-diagram> and starts checking its syntax in another
 * thread; rehypeMermaidChecks, the last plugin, waits for the verdicts and prints the warnings.
 */
export function remarkMermaid() {
  return (tree: Root, file: VFile) => {
    if (!String(file.value).includes('mermaid')) return;
    const diagrams: Code[] = [];
    walk(tree, 'code', (node, index, parent) => {
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
    if (diagrams.length === 0) return;
    const checks = diagrams.map((diagram) => checkDiagram(diagram.value));
    file.data.mermaidChecks = Promise.all(checks).then((errors) =>
      errors.forEach((error, i) => error && report(file, diagrams[i]!, error)),
    );
  };
}

/** Waits for the checks remarkMermaid started on this page (their warnings are printed then). */
export function rehypeMermaidChecks() {
  return async (_tree: unknown, file: VFile) => {
    await file.data.mermaidChecks;
  };
}

declare module 'vfile' {
  interface DataMap {
    /** The page's diagram checks, running in another thread (remark-mermaid.ts). */
    mermaidChecks: Promise<void>;
  }
}

function report(file: VFile, diagram: Code, error: MermaidSyntaxError): void {
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
