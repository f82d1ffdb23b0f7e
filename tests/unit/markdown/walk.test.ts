import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { EXIT, SKIP, walk } from '../../../src/markdown/walk';

const tree = (): Root =>
  fromMarkdown('# Título\n\nUm *dois* **três**.\n\n- a\n- b *c*\n\n```js\nx\n```\n');

describe('walk', () => {
  it('visits the nodes unist-util-visit visits, in the same order', () => {
    for (const test of [undefined, 'emphasis', ['text', 'code']] as const) {
      const ours: string[] = [];
      const theirs: string[] = [];
      walk(tree(), test as undefined, (node, index) => void ours.push(`${node.type}@${index}`));
      visit(tree(), test as undefined, (node, index) => void theirs.push(`${node.type}@${index}`));
      expect(ours).toEqual(theirs);
      expect(ours.length).toBeGreaterThan(0);
    }
  });

  it('does not walk into a skipped node and stops at EXIT', () => {
    const seen: string[] = [];
    walk(tree(), undefined, (node) => {
      seen.push(node.type);
      if (node.type === 'list') return SKIP;
      if (node.type === 'code') return EXIT;
      return undefined;
    });
    expect(seen).not.toContain('listItem');
    expect(seen.at(-1)).toBe('code');
  });

  it('goes on from the index a visitor returns after replacing nodes', () => {
    const root = tree();
    const paragraph = root.children[1]!;
    walk(root, 'emphasis', (node, index, parent) => {
      parent!.children.splice(index!, 1, ...(node.children as never[]), {
        type: 'text',
        value: '!',
      } as never);
      return index! + 2;
    });
    expect(JSON.stringify(root)).not.toContain('"emphasis"');
    expect(paragraph.type === 'paragraph' && paragraph.children.map((c) => c.type)).toEqual([
      'text',
      'text',
      'text',
      'text',
      'strong',
      'text',
    ]);
  });
});
