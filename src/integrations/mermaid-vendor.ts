/**
 * Serves the `mermaid` package's own prebuilt ES module build from this site, at
 * `<base>vendor/mermaid/`, with the small frame page diagrams are drawn in (mermaid-frame/):
 * copied into the output after a build, and answered from node_modules by the dev server. Bundling Mermaid with Vite instead cost every build seconds and hundreds of
 * megabytes, and split it into more requests than its own build does.
 */
import { cpSync, createReadStream, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const DIST = path.dirname(createRequire(import.meta.url).resolve('mermaid/package.json')) + '/dist';
const ENTRY = 'mermaid.esm.min.mjs';
const CHUNKS = 'chunks/mermaid.esm.min';
/** The frame diagrams are drawn in, with its own policy (see render.html). */
const FRAME = fileURLToPath(new URL('./mermaid-frame/', import.meta.url));
const FRAME_FILES = ['render.html', 'render.js'];

/** Copies Mermaid's prebuilt modules into `<outDir>/vendor/mermaid/` and serves them in dev. */
export function mermaidVendor(): AstroIntegration {
  let base = '/';
  return {
    name: 'course:mermaid-vendor',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const prefix = `${base}vendor/mermaid/`;
          const name = req.url?.startsWith(prefix)
            ? req.url.slice(prefix.length).split('?')[0]!
            : '';
          const file = FRAME_FILES.includes(name)
            ? path.join(FRAME, name)
            : name && path.join(DIST, name);
          if (!file || !(file.startsWith(DIST) || file.startsWith(FRAME)) || !existsSync(file))
            return next();
          res.setHeader('Content-Type', file.endsWith('.html') ? 'text/html' : 'text/javascript');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = path.join(fileURLToPath(dir), 'vendor', 'mermaid');
        cpSync(path.join(DIST, ENTRY), path.join(target, ENTRY));
        for (const file of FRAME_FILES) cpSync(path.join(FRAME, file), path.join(target, file));
        for (const chunk of readdirSync(path.join(DIST, CHUNKS))) {
          if (chunk.endsWith('.mjs'))
            cpSync(path.join(DIST, CHUNKS, chunk), path.join(target, CHUNKS, chunk));
        }
      },
    },
  };
}
