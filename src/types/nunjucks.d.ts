/**
 * The part of nunjucks 3 (which ships no types) that src/markdown/mkdocs-macros.ts uses.
 * Kept local rather than adding @types/nunjucks for four members.
 */
declare module 'nunjucks' {
  export interface LoaderSource {
    src: string;
    path: string;
    noCache: boolean;
  }

  export interface ILoader {
    getSource(name: string): LoaderSource | null;
  }

  export interface EnvironmentOptions {
    autoescape?: boolean;
    throwOnUndefined?: boolean;
    tags?: { variableStart: string; variableEnd: string; blockStart: string; blockEnd: string };
  }

  export class Environment {
    constructor(loader: ILoader | null, options?: EnvironmentOptions);
    addGlobal(name: string, value: unknown): this;
    addFilter(name: string, filter: (...args: never[]) => unknown): this;
  }

  export class Template {
    constructor(source: string, env: Environment, path: string, eagerCompile?: boolean);
    render(context: Record<string, unknown>): string;
  }

  const nunjucks: { Environment: typeof Environment; Template: typeof Template };
  export default nunjucks;
}
