/**
 * PyMdown's inline extras and Python-Markdown's abbreviations:
 *
 *   ==marcado==   ^^inserido^^   ++ctrl+alt+del++   H~2~O   x^2^
 *   -> <mark>  <ins>  <kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>Del</kbd>  <sub>  <sup>
 *
 *   *[OCI]: Open Container Initiative    (a definition line, removed from the page)
 *   -> every "OCI" in the text becomes <abbr title="Open Container Initiative">OCI</abbr>
 *
 * Only plain text is rewritten: code spans, code blocks and link URLs are left as written.
 * `~~texto~~` stays GFM strikethrough.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import {
  findAndReplace,
  type FindAndReplaceList,
  type ReplaceFunction,
} from 'mdast-util-find-and-replace';
import { SKIP, visit } from 'unist-util-visit';

const ABBREVIATION = /^\*\[([^\]]+)\]:[ \t]*(.+)$/;

/** An inline element around plain text (an mdast emphasis renamed, so hast keeps the tag). */
function element(
  tag: string,
  value: string,
  properties: Record<string, string> = {},
): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: tag, hProperties: properties },
    children: [{ type: 'text', value }],
  };
}

const keys: ReplaceFunction = (_, combo: string) => {
  const parts = combo.split('+').filter(Boolean);
  const nodes: PhrasingContent[] = [];
  parts.forEach((key, i) => {
    if (i > 0) nodes.push({ type: 'text', value: '+' });
    nodes.push(element('kbd', key.charAt(0).toUpperCase() + key.slice(1)));
  });
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['keys'] } },
    children: nodes,
  } as never;
};

/** Rewrites mark, ins, keys, sub, sup and abbreviations in plain text. */
export function remarkInlineExtras() {
  return (tree: Root) => {
    const abbreviations = collectAbbreviations(tree);
    const replacements: FindAndReplaceList = [
      [/==(?=\S)([^=\n]+?)==/g, (_, text: string) => element('mark', text)],
      [/\^\^(?=\S)([^^\n]+?)\^\^/g, (_, text: string) => element('ins', text)],
      [/\+\+([\w-]+(?:\+[\w-]+)*)\+\+/g, keys],
      [/(?<=\S)~(?=\S)([^~\s]+)~/g, (_, text: string) => element('sub', text)],
      [/(?<=\S)\^(?=\S)([^^\s]+)\^/g, (_, text: string) => element('sup', text)],
      ...abbreviations.map(([term, title]): [RegExp, ReplaceFunction] => [
        new RegExp(`(?<![\\w-])${escape(term)}(?![\\w-])`, 'g'),
        () => element('abbr', term, { title }),
      ]),
    ];
    findAndReplace(tree, replacements, {
      ignore: ['link', 'linkReference', 'inlineCode', 'code', 'html'],
    });
  };
}

/** Removes `*[TERM]: title` lines and returns the terms. */
function collectAbbreviations(tree: Root): [string, string][] {
  const found: [string, string][] = [];
  visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
    const text =
      node.children.length === 1 && node.children[0]!.type === 'text'
        ? node.children[0]!.value
        : '';
    const lines = text.split('\n');
    if (!parent || index === undefined || !lines.every((line) => ABBREVIATION.test(line))) return;
    for (const line of lines) {
      const [, term, title] = ABBREVIATION.exec(line)!;
      found.push([term!, title!.trim()]);
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return found;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
