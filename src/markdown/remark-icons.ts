/**
 * MkDocs Material's icon shortcodes, drawn at build time from the Iconify sets on npm:
 *
 *   Publique com :fontawesome-brands-docker: e :simple-kubernetes:
 *   -> Publique com <svg class="icon" aria-hidden="true" focusable="false" width="1.5em"
 *      height="1.2em" viewBox="0 0 640 512"><path fill="currentColor" d="…"/></svg> e <svg …>
 *
 * `material-` is @iconify-json/mdi, `fontawesome-brands|solid|regular-` fa6-*, `octicons-` octicon
 * and `simple-` simple-icons. A set (up to several MB of JSON) is read the first time a page uses
 * it. The icon takes the text's colour and is 1.2em high (src/styles/icons.css); an attribute list
 * right after it adds classes, as in `:material-check:{ .verde }` (remark-attribute-lists.ts).
 * An unknown icon stays as text, with a warning. Emoji (`:rocket:`) are remark-gemoji's; code
 * is left alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { getIconData, iconToSVG } from '@iconify/utils';
import type { PhrasingContent, Root, Text } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import { warn } from './report';

const SHORTCODE =
  /:(material|fontawesome-brands|fontawesome-solid|fontawesome-regular|octicons|simple)-([a-z0-9]+(?:-[a-z0-9]+)*):/g;

/** Material's shortcode prefixes and the npm package of each Iconify set. */
const SETS: Record<string, string> = {
  material: '@iconify-json/mdi',
  'fontawesome-brands': '@iconify-json/fa6-brands',
  'fontawesome-solid': '@iconify-json/fa6-solid',
  'fontawesome-regular': '@iconify-json/fa6-regular',
  octicons: '@iconify-json/octicon',
  simple: '@iconify-json/simple-icons',
};

const ICON_HEIGHT = '1.2em';

type IconifyJSON = Parameters<typeof getIconData>[0];

const require = createRequire(import.meta.url);
const sets = new Map<string, IconifyJSON>();
const drawn = new Map<string, Element | null>();

/** Replaces `:set-name:` shortcodes by inline SVG icons. */
export function remarkIcons() {
  return (tree: Root, file: VFile) => {
    SHORTCODE.lastIndex = 0;
    if (!SHORTCODE.test(String(file.value))) return;
    findAndReplace(
      tree,
      [
        SHORTCODE,
        (shortcode: string, prefix: string, name: string, match: RegExpMatchObject) => {
          const svg = draw(prefix, name);
          if (svg) return iconNode(svg);
          const reason = `Unknown icon "${shortcode}": ${SETS[prefix]} has no "${name}". Check the name in the icon set, or write the text without colons.`;
          warn(file, at(match), reason, 'icons');
          return false;
        },
      ],
      { ignore: ['inlineCode', 'code', 'html'] },
    );
  };
}

/** The icon as a hast <svg>, or null when the set has no such icon. */
function draw(prefix: string, name: string): Element | null {
  const key = `${prefix}-${name}`;
  if (drawn.has(key)) return drawn.get(key)!;
  const data = getIconData(iconSet(prefix), name);
  let svg: Element | null = null;
  if (data) {
    const { attributes, body } = iconToSVG(data, { height: ICON_HEIGHT });
    const markup = `<svg width="${attributes.width}" height="${attributes.height}" viewBox="${attributes.viewBox}">${body}</svg>`;
    svg = fromHtml(markup, { fragment: true }).children[0] as Element;
    Object.assign(svg.properties, { className: ['icon'], ariaHidden: 'true', focusable: 'false' });
  }
  drawn.set(key, svg);
  return svg;
}

function iconSet(prefix: string): IconifyJSON {
  let set = sets.get(prefix);
  if (!set) {
    set = JSON.parse(readFileSync(require.resolve(`${SETS[prefix]}/icons.json`), 'utf8'));
    sets.set(prefix, set!);
  }
  return set!;
}

/** An mdast node that becomes the <svg> (an emphasis renamed, as in remark-inline-extras.ts). */
function iconNode(svg: Element): PhrasingContent {
  const copy = structuredClone(svg);
  return {
    type: 'emphasis',
    data: { hName: 'svg', hProperties: copy.properties, hChildren: copy.children },
    children: [],
  };
}

/** A node placed where the shortcode starts, for the warning. */
function at(match: RegExpMatchObject): Text {
  const text = match.stack.at(-1) as Text;
  const start = text.position?.start;
  const before = match.input.slice(0, match.index).split('\n');
  const point = start && {
    line: start.line + before.length - 1,
    column: before.length === 1 ? start.column + match.index : before.at(-1)!.length + 1,
  };
  return { type: 'text', value: '', position: point && { start: point, end: point } };
}
