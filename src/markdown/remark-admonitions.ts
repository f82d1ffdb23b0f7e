/**
 * MkDocs Material admonitions and collapsible details.
 *
 *   !!! warning "Armadilha comum"          <div class="admonition warning">
 *       O corpo, em **Markdown**.     ->     <p class="admonition-title">Armadilha comum</p>
 *                                            <p>O corpo, em <strong>Markdown</strong>.</p></div>
 *
 * `??? tip` makes a closed <details>, `???+ tip` an open one; `!!! note ""` has no title. Known
 * types get a Portuguese default title (src/i18n), unknown ones (`tarefa`, `exercise`) the type's
 * name and the generic style. Extra classes after the type (`!!! note inline end`) are kept.
 * Bodies are indented by 4 spaces or a TAB and nest to any depth (see indented-blocks.ts).
 * A marker without a type (`!!!` alone) is not an admonition and stays as text.
 */
import type { RootContent } from 'mdast';
import { t, type UiKey } from '../i18n/ui';
import { container } from './course-container';
import type { BlockKind } from './indented-blocks';

// The title runs to the last quote of the line, as in Python-Markdown: `"Sobre "migrations""`.
const MARKER = /^(!!!|\?\?\?\+?)[ \t]+([\w-]+(?:[ \t]+[\w-]+)*)(?:[ \t]+"(.*)")?[ \t]*$/;

/** Material's types and their aliases, mapped to the style family that shows them. */
const FAMILIES: Record<string, string> = {
  note: 'note',
  seealso: 'note',
  abstract: 'abstract',
  summary: 'abstract',
  tldr: 'abstract',
  info: 'info',
  todo: 'info',
  tip: 'tip',
  hint: 'tip',
  important: 'tip',
  success: 'success',
  check: 'success',
  done: 'success',
  question: 'question',
  help: 'question',
  faq: 'question',
  warning: 'warning',
  caution: 'warning',
  attention: 'warning',
  failure: 'failure',
  fail: 'failure',
  missing: 'failure',
  danger: 'danger',
  error: 'danger',
  bug: 'bug',
  example: 'example',
  quote: 'quote',
  cite: 'quote',
};

/** `!!!` and `???` blocks as admonitions (run by remarkIndentedBlocks, with content tabs). */
export const admonitionBlock: BlockKind = {
  marker: MARKER,
  build: ({ match, children }) => {
    const [, marker, classes, explicitTitle] = match;
    const [type, ...extra] = classes!.toLowerCase().split(/[ \t]+/);
    const family = FAMILIES[type!];
    const title = explicitTitle ?? defaultTitle(type!, family);
    const className = [
      'admonition',
      type!,
      ...(family && family !== type ? [family] : []),
      ...extra,
    ];
    const collapsible = marker !== '!!!';
    const heading: RootContent[] =
      title === ''
        ? []
        : [
            container(collapsible ? 'summary' : 'p', { className: ['admonition-title'] }, [
              { type: 'text', value: title } as never,
            ]),
          ];
    const properties = { className, ...(marker === '???+' && { open: true }) };
    return [container(collapsible ? 'details' : 'div', properties, [...heading, ...children])];
  },
};

function defaultTitle(type: string, family: string | undefined): string {
  if (family) return t(`admonition.${family}` as UiKey);
  return type.charAt(0).toLocaleUpperCase('pt-BR') + type.slice(1);
}
