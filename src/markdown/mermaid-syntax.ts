/**
 * Checks Mermaid diagrams at build time with Mermaid's own parser, so a broken diagram is reported
 * at file:line while the author is still writing, not found by a reader.
 *
 * Mermaid sanitises labels with DOMPurify while it parses. Node has no DOM, so DOMPurify exports
 * an object without its methods there; parsing only needs the text back, so the missing methods
 * become pass-throughs. Nothing is drawn here: drawing happens in the browser. The import is
 * static because Astro closes the module runner that loaded the config (and these plugins)
 * before Markdown is rendered, so a lazy import() would fail.
 */
import DOMPurify from 'dompurify';
import mermaid from 'mermaid';

/** Where in the diagram source the parser stopped (1-based line) and what it said. */
export interface MermaidSyntaxError {
  line: number;
  message: string;
}

if (!DOMPurify.isSupported) {
  const purify = DOMPurify as Partial<typeof DOMPurify>;
  purify.sanitize ??= ((dirty: string) => dirty) as typeof DOMPurify.sanitize;
  purify.addHook ??= () => undefined;
  purify.removeHook ??= () => undefined;
  purify.removeHooks ??= () => undefined;
}

/** Parses one diagram; returns the first syntax error, or undefined when Mermaid accepts it. */
export async function checkMermaid(source: string): Promise<MermaidSyntaxError | undefined> {
  try {
    await mermaid.parse(source);
    return undefined;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const lines = source.split('\n').length;
    const reported = Number(/line (\d+)/.exec(text)?.[1] ?? 1);
    const message = text
      .split('\n')
      .filter((line) => line.trim() && !/^-*\^$/.test(line.trim()))
      .join(' ')
      .replace(/\s+/g, ' ')
      // The location goes in file:line; Mermaid counts the end of the text as one line further.
      .replace(/ on line \d+(, column \d+)?/g, '')
      .trim();
    return { line: Math.min(Math.max(reported, 1), lines), message };
  }
}
