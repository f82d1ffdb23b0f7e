/**
 * Mermaid fences become diagrams drawn in the browser, only when the reader gets near them.
 *
 *   ```mermaid                      <course-diagram class="diagram">
 *   flowchart LR             ->       (the highlighted source, as a code block)
 *     A --> B                       </course-diagram>
 *   ```
 *
 * Without JavaScript the source stays readable as code; src/client/course-diagram.ts swaps it
 * for the SVG. The renderer is only fetched by pages that have a diagram.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { container } from './course-container';

/** Wraps every ```mermaid fence in a <course-diagram>. */
export function remarkMermaid() {
  return (tree: Root) => {
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
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
  };
}
