/**
 * Sub-lists indented by two spaces under a numbered item, nested as the author meant them.
 *
 *   1. Instale o Docker            <ol><li>Instale o Docker
 *     - no Linux           ->          <ul><li>no Linux</li></ul></li>
 *   2. Rode um contêiner             <li>Rode um contêiner</li></ol>
 *
 * CommonMark nests only what starts at the item's text column (3 for `1. `), so it reads the
 * lines above as three lists, and `1. Um` / `  1. sub` / `2. Dois` as one flat list. Here a list,
 * or an item, that starts two or more columns right of its numbered list's first marker goes into
 * the item above it, and a numbered list that goes on with the numbering joins the first again.
 * Bullet lists already nest at two spaces and are left alone; so is a one-space indent.
 */
import type { List, ListItem, Parent, Root, RootContent } from 'mdast';
import { walk } from './walk';

/** How many columns right of the list's first marker a line must start to be nested. */
const NESTED_INDENT = 2;

/** Nests two-space sub-lists of numbered lists. */
export function remarkListNesting() {
  return (tree: Root) => {
    walk(tree, undefined, (node) => {
      if (!('children' in node)) return;
      const children = (node as Parent).children as RootContent[];
      for (let i = 0; i < children.length; i++) {
        const list = children[i]!;
        if (list.type !== 'list' || !list.ordered) continue;
        nestDeeperItems(list);
        let next = children[i + 1];
        while (next?.type === 'list' && isDeeper(column(next), list)) {
          list.children.at(-1)!.children.push(next);
          children.splice(i + 1, 1);
          const after = children[i + 1];
          if (after?.type === 'list' && after.ordered && after.start === nextNumber(list)) {
            // A blank line between the items makes the joined list loose, as it would be whole.
            list.spread ||= after.spread || line(after) > (next.position?.end.line ?? Infinity) + 1;
            list.children.push(...after.children);
            children.splice(i + 1, 1);
            nestDeeperItems(list);
          }
          next = children[i + 1];
        }
      }
    });
  };
}

/** `1. Um` / `  1. sub`: moves runs of deeper items into the item above them. */
function nestDeeperItems(list: List): void {
  const items: ListItem[] = [];
  let sublist: List | undefined;
  for (const item of list.children) {
    const previous = items.at(-1);
    if (!previous || !isDeeper(column(item), list)) {
      items.push(item);
      sublist = undefined;
    } else if (sublist) {
      sublist.children.push(item);
    } else {
      sublist = { type: 'list', ordered: list.ordered, start: 1, spread: false, children: [item] };
      previous.children.push(sublist);
    }
  }
  list.children = items;
}

function isDeeper(start: number | undefined, list: List): boolean {
  const base = column(list.children[0] ?? list);
  return start !== undefined && base !== undefined && start >= base + NESTED_INDENT;
}

function column(node: { position?: { start: { column: number } } }): number | undefined {
  return node.position?.start.column;
}

function line(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 0;
}

function nextNumber(list: List): number {
  return (list.start ?? 1) + list.children.length;
}
