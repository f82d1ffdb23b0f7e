/**
 * A tree walk for the plugins, with unist-util-visit's protocol (same `SKIP`/`EXIT` values, a
 * returned index to go on from) but without its cost: unist-util-visit makes a closure and an
 * ancestor array for every node it passes, and the build profile showed those walks as its
 * largest single cost (13 % of a 1,000-lesson build). This is a plain loop.
 *
 *   walk(tree, 'code', (node, index, parent) => {
 *     parent.children[index] = wrapped(node);
 *     return SKIP; // do not walk into what was just put there
 *   });
 *
 * Nodes are visited parents first, children in order; a visitor may replace or remove nodes of
 * its parent at or after `index` and return the index to continue from.
 */
import type { Nodes as HastNodes, Parents as HastParents, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Parents as MdastParents, Root as MdastRoot } from 'mdast';
import type { Node, Parent } from 'unist';

export const CONTINUE = true;
export const EXIT = false;
export const SKIP = 'skip';

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP;
export type WalkResult = Action | number | [Action, number] | void;

/** A node type, several, or any node (undefined). */
type Test = string | readonly string[] | undefined;

type NodesOf<Tree> = Tree extends HastRoot ? HastNodes : MdastNodes;
type ParentsOf<Tree> = Tree extends HastRoot ? HastParents : MdastParents;

/** The nodes `test` lets through, narrowed by their `type`. */
type OfType<Tree, T extends Test> = T extends string
  ? Extract<NodesOf<Tree>, { type: T }>
  : T extends readonly (infer U)[]
    ? Extract<NodesOf<Tree>, { type: U }>
    : NodesOf<Tree>;

export type Visitor<N, P> = (
  node: N,
  index: number | undefined,
  parent: P | undefined,
) => WalkResult;

/** What a step tells its parent's loop: stop everything, or go on (at `index + 1`). */
const STOP = -2;
const NEXT = -1;

/** Calls `visitor` for every node of `tree` that passes `test` (see the top of this file). */
export function walk<Tree extends HastRoot | MdastRoot | MdastNodes, T extends Test>(
  tree: Tree,
  test: T,
  visitor: Visitor<OfType<Tree, T>, ParentsOf<Tree>>,
): void {
  const matches: (node: Node) => boolean =
    test === undefined
      ? () => true
      : typeof test === 'string'
        ? (node) => node.type === test
        : (node) => (test as readonly string[]).includes(node.type);
  const call = visitor as unknown as Visitor<Node, Parent>;
  // Returns STOP, NEXT, or the index of the parent's child to go on from.
  const step = (node: Node, index: number | undefined, parent: Parent | undefined): number => {
    let action: Action = CONTINUE;
    let next = NEXT;
    if (matches(node)) {
      const result = call(node, index, parent);
      if (Array.isArray(result)) [action, next] = result;
      else if (typeof result === 'number') next = result;
      else if (result !== undefined) action = result;
      if (action === EXIT) return STOP;
    }
    // As in unist-util-visit: the node's own children are walked, even if it was replaced.
    if (action !== SKIP && 'children' in node) {
      const { children } = node as Parent;
      for (let i = 0; i < children.length;) {
        const after = step(children[i]!, i, node as Parent);
        if (after === STOP) return STOP;
        i = after === NEXT ? i + 1 : after;
      }
    }
    return next;
  };
  step(tree, undefined, undefined);
}
