/**
 * Python-Markdown's indented blocks in one pass: admonitions (`!!! note`, `??? tip`) and content
 * tabs (`=== "Linux"`). Handling both kinds in the same walk lets them nest in any order, as in
 * MkDocs: a note inside a tab inside a collapsible block.
 *
 *   === "Linux"                      <course-tabs> … <div role="tabpanel">
 *       !!! note "Dica"        ->        <div class="admonition note">…</div>
 *           Corpo.                     </div> … </course-tabs>
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { transformIndentedBlocks } from './indented-blocks';
import { admonitionBlock } from './remark-admonitions';
import { contentTabBlock, groupTabSets } from './remark-content-tabs';

export function remarkIndentedBlocks(this: Processor) {
  return (tree: Root, file: VFile) => {
    // Most pages have no such block: the walk below is skipped for them.
    if (!/^[ \t]*(?:!!!|\?\?\?|===)/m.test(String(file.value))) return;
    transformIndentedBlocks(tree, String(file.value), this, [admonitionBlock, contentTabBlock]);
    groupTabSets(tree);
  };
}
