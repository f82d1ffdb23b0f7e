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
import type { VFile } from 'vfile';
import { SKIP, walk } from './walk';

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
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    // Each pattern is a walk over the page: only those whose marks occur in the text run.
    const replacements: FindAndReplaceList = EXTRAS.filter(([mark]) => source.includes(mark)).map(
      ([, pattern, replace]) => [pattern, replace],
    );
    const abbreviations = source.includes('*[') ? collectAbbreviations(tree) : new Map();
    if (abbreviations.size > 0) {
      // One pattern for every term, longest first, so "OCI image" wins over "OCI".
      const terms = [...abbreviations.keys()].sort((a, b) => b.length - a.length).map(escape);
      replacements.push([
        new RegExp(`(?<![\\w-])(?:${terms.join('|')})(?![\\w-])`, 'g'),
        (term: string) => element('abbr', term, { title: abbreviations.get(term)! }),
      ]);
    }
    if (replacements.length === 0) return;
    findAndReplace(tree, replacements, {
      ignore: ['link', 'linkReference', 'inlineCode', 'code', 'html'],
    });
  };
}

/** The text each pattern needs to match at all, the pattern, and what replaces a match. */
const EXTRAS: [string, RegExp, ReplaceFunction][] = [
  ['==', /==(?=\S)([^=\n]+?)==/g, (_, text: string) => element('mark', text)],
  ['^^', /\^\^(?=\S)([^^\n]+?)\^\^/g, (_, text: string) => element('ins', text)],
  ['++', /\+\+([\w-]+(?:\+[\w-]+)*)\+\+/g, keys],
  ['~', /(?<=\S)~(?=\S)([^~\s]+)~/g, (_, text: string) => element('sub', text)],
  ['^', /(?<=\S)\^(?=\S)([^^\s]+)\^/g, (_, text: string) => element('sup', text)],
];

/** Removes `*[TERM]: title` lines and returns the terms with their titles (the last one wins). */
function collectAbbreviations(tree: Root): Map<string, string> {
  const found = new Map<string, string>();
  walk(tree, 'paragraph', (node: Paragraph, index, parent) => {
    const text =
      node.children.length === 1 && node.children[0]!.type === 'text'
        ? node.children[0]!.value
        : '';
    const lines = text.split('\n');
    if (!parent || index === undefined || !lines.every((line) => ABBREVIATION.test(line))) return;
    for (const line of lines) {
      const [, term, title] = ABBREVIATION.exec(line)!;
      found.set(term!, title!.trim());
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return found;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
