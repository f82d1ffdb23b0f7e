/**
 * Text steps that run on a page's Markdown before it is parsed, in order (mkdocs-macros' Jinja,
 * snippets, the fence fix; see index.ts): the parser is wrapped, so every remark plugin sees the
 * result as the file's text, with positions that match it. Only the page's own parse runs them,
 * not the parts that plugins parse again.
 *
 *   {% set n = 2 %}            ->   (blank line)
 *   Aula {{ n }}                    Aula 2
 *
 * Each step may say, for each line it returns, which of its input lines it came from; the maps
 * are chained back to the file on disk (whose frontmatter Astro cut off), so report.ts can print
 * `file:line:column` for the line as the author wrote it.
 */
import { readFileSync } from 'node:fs';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { warnAtSource } from './report';

/** Where a step found something, in its input's lines (or in another file, e.g. an include). */
export interface SourcePlace {
  line: number;
  column: number;
  file?: string | undefined;
}

export interface SourceStepContext {
  file: VFile;
  /** Prints a warning at a place of the step's input, mapped to the file as written. */
  report: (reason: string, place: SourcePlace) => void;
}

export interface SourceStep {
  /** Rule name in messages (`mkdocs-macros`). */
  name: string;
  /** The new text and, for each of its lines (1-based values), the input line it came from. */
  run(text: string, context: SourceStepContext): { text: string; lines?: number[] } | undefined;
}

export interface SourcePreprocessOptions {
  steps: SourceStep[];
}

/** Runs `steps` on the Markdown before remark parses it (see the top of this file). */
export function remarkSourcePreprocess(
  this: Processor,
  options: SourcePreprocessOptions,
): undefined {
  const parse = this.parser;
  if (!parse) return undefined;
  this.parser = (document, file) => {
    // The page itself only: plugins parse parts of it again (admonition bodies, HTML blocks), and
    // those parts were already through the steps (an auto-appended file would be appended again).
    const isPage = !preprocessed.has(file) && (file.path !== undefined || 'astro' in file.data);
    if (!isPage) return parse(document, file);
    preprocessed.add(file);
    let text = document;
    let lines = bodyLines(document, file);
    for (const step of options.steps) {
      const inputLines = lines;
      const report = (reason: string, place: SourcePlace) =>
        warnAtSource(
          file,
          place.file ? place : { ...place, line: inputLines[place.line - 1] ?? place.line },
          reason,
          step.name,
        );
      const result = step.run(text, { file, report });
      if (!result) continue;
      text = result.text;
      lines = result.lines
        ? result.lines.map((line) => inputLines[line - 1] ?? line)
        : text.split('\n').map((_, index) => inputLines[index] ?? index + 1);
    }
    file.data.sourceLines = lines;
    if (text !== document) file.value = text;
    return parse(text, file);
  };
  return undefined;
}

/** The pages whose text went through the steps. */
const preprocessed = new WeakSet<VFile>();

declare module 'vfile' {
  interface DataMap {
    /** For each line of the parsed text, its line in the file on disk (remark-source-preprocess). */
    sourceLines: number[];
  }
}

/**
 * Astro hands over the body with the frontmatter and leading blank lines cut off: line 1 of the
 * body is line N of the file. Reads the file to find N; 0 when it cannot tell.
 */
function bodyLines(body: string, file: VFile): number[] {
  let offset = 0;
  try {
    const disk = file.path ? readFileSync(file.path, 'utf8') : '';
    const frontmatterEnd = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(disk)?.[0].length ?? 0;
    const at = disk.indexOf(body.slice(0, 200), frontmatterEnd);
    if (at >= 0 && body.length > 0) offset = disk.slice(0, at).split('\n').length - 1;
  } catch {
    // No file on disk (tests render strings): lines stay as given.
  }
  return body.split('\n').map((_, index) => index + 1 + offset);
}
