/**
 * Fenced code written with attribute braces, as PyMdown and Pandoc authors do, normalised to a
 * language plus a meta string that the code-block transformer (shiki-code-meta.ts) reads.
 *
 *   ```{.python title="app.py" .no-copy}     ->  lang "python", meta `title="app.py" class="no-copy"`
 *   ```{.bash .copyable}                     ->  lang "bash", meta `class="copyable"`
 *
 * Fences already written as ```` ```yaml title="x" ```` are left as they are.
 */
import type { Root } from 'mdast';
import { walk } from './walk';

const BRACES = /^\{(.*)\}$/s;
const TOKEN = /([.#]?[\w-]+)(?:=("[^"]*"|'[^']*'|\S+))?/g;

/** Reads `{.lang .class #id key="value"}` fences. */
export function remarkCodeAttributes() {
  return (tree: Root) => {
    walk(tree, 'code', (node) => {
      const info = `${node.lang ?? ''} ${node.meta ?? ''}`.trim();
      const match = BRACES.exec(info);
      if (!match) return;
      let lang: string | undefined;
      const classes: string[] = [];
      const rest: string[] = [];
      for (const [, name, value] of match[1]!.matchAll(TOKEN)) {
        if (name!.startsWith('.') && !value) {
          if (lang === undefined) lang = name!.slice(1);
          else classes.push(name!.slice(1));
        } else if (!name!.startsWith('#')) rest.push(value ? `${name}=${value}` : name!);
      }
      node.lang = lang ?? null;
      node.meta =
        [...rest, ...(classes.length > 0 ? [`class="${classes.join(' ')}"`] : [])].join(' ') ||
        null;
    });
  };
}
