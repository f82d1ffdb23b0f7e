/**
 * Where `astro build` hands its rendered pages to the search index while it goes on rendering
 * (set by search-index.ts, fed by src/middleware.ts). Process-wide, since the middleware runs in
 * the build's bundle, apart from the integration's own module.
 *
 * Pagefind numbers pages in the order they are added, and Astro renders several pages at a time
 * (build.concurrency), finishing them in no fixed order. So each page takes its place when its
 * rendering starts (`open()`, in route order), and pages reach the index in that order: the same
 * index on every build.
 */
export interface PageSink {
  /** Takes the next place; call what it returns with the rendered page, or nothing to skip it. */
  open(): (page?: { file: string; html: string }) => void;
}

/** A sink that hands `add` its pages in the order their places were taken. */
export function orderedSink(add: (file: string, html: string) => void): PageSink & {
  /** Hands over what is waiting behind places that were never filled (a page that failed). */
  flush(): void;
} {
  const waiting = new Map<number, { file: string; html: string } | undefined>();
  let taken = 0;
  let next = 0;
  const drain = () => {
    while (waiting.has(next)) {
      const page = waiting.get(next);
      waiting.delete(next++);
      if (page) add(page.file, page.html);
    }
  };
  return {
    open() {
      const place = taken++;
      return (page) => {
        waiting.set(place, page);
        drain();
      };
    },
    flush() {
      for (const place of [...waiting.keys()].sort((a, b) => a - b)) {
        const page = waiting.get(place);
        if (page) add(page.file, page.html);
      }
      waiting.clear();
    },
  };
}

const SINK = Symbol.for('course:page-sink');

type WithSink = { [SINK]?: PageSink };

/** The sink, during `astro build` only. */
export function pageSink(): PageSink | undefined {
  return (globalThis as WithSink)[SINK];
}

/** Sets or (undefined) removes the sink. */
export function setPageSink(sink: PageSink | undefined): void {
  if (sink) (globalThis as WithSink)[SINK] = sink;
  else delete (globalThis as WithSink)[SINK];
}

/**
 * The file Astro writes a page to, from its path below the site's base: `modulo/aula/` →
 * `modulo/aula/index.html`, `` → `index.html`; the error pages go to `404.html` and `500.html`
 * whatever the URL format.
 */
export function pageFile(relativePath: string): string {
  const relative = relativePath.replace(/^\/+/, '');
  const error = /^(404|500)\/?$/.exec(relative);
  if (error) return `${error[1]}.html`;
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : `${relative}.html`;
}

/**
 * The order to index a build's pages in when an incremental build copied some of them from the
 * previous build (so they never reached the sink): the previous build's order, which a copy's
 * place cannot have changed (a page is copied only while the outline it shows is unchanged),
 * with the pages rendered this time in the order they came. Pages the previous order does not
 * know come in at the place they came, next to the rendered pages they came with.
 */
export function mergedOrder(streamed: string[], copied: string[], previous: string[]): string[] {
  const rendered = new Set(streamed);
  const waiting = new Set(copied);
  const order: string[] = [];
  const done = new Set<string>();
  const emit = (file: string) => {
    order.push(file);
    done.add(file);
  };
  let next = 0;
  for (const file of previous) {
    if (done.has(file)) continue;
    if (waiting.delete(file)) emit(file);
    else if (rendered.has(file)) {
      while (next < streamed.length) {
        const page = streamed[next++]!;
        if (!done.has(page)) emit(page);
        if (page === file) break;
      }
    }
  }
  for (const page of streamed.slice(next)) if (!done.has(page)) emit(page);
  for (const page of [...waiting].sort()) emit(page);
  return order;
}
