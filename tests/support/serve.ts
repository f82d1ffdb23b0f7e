/**
 * Serves a built site the way GitHub Pages does: under a base path, directory URLs answered by
 * their index.html, unknown paths by 404.html with status 404.
 * Usage: node tests/support/serve.ts <dir> <base> <port>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const [dir = 'dist', base = '/', port = '4322'] = process.argv.slice(2);
const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
const notFound = readFileSync(path.join(dir, '404.html'));

createServer((req, res) => {
  const url = req.url ?? '/';
  const sendNotFound = () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
  };
  if (!url.startsWith(base)) return sendNotFound();
  req.url = `/${url.slice(base.length)}`;
  files(req, res, sendNotFound);
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
});
