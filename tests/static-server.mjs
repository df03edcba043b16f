// Serves out/ the way a CDN would: clean URLs, 404.html for unknown paths, and the headers from
// out/_headers applied to every response. Used by the end-to-end tests, on the loopback
// interface only: it is a test fixture, not something for the network to reach.
// Usage: node tests/static-server.mjs [dir=out] [port=3100]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { hostHeaders, parseHeaders } from '../lib/build/headers.mjs';

const [dir = 'out', port = '3100'] = process.argv.slice(2);
const HOST = '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const rules = existsSync(join(dir, '_headers')) ? parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')) : [];

/** The file for a request path: exact, then .html, then index.html. */
function resolve(path) {
  const base = join(dir, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = resolve(path);
  const status = file ? 200 : 404;
  const body = file ?? join(dir, '404.html');
  res.writeHead(status, {
    'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream',
    // Like Cloudflare Pages and Netlify: when no rule sets Cache-Control (pages have none), the
    // host's default `public, max-age=0, must-revalidate` is sent, so the tests see what readers get.
    ...hostHeaders(rules, path),
  });
  res.end(req.method === 'HEAD' ? undefined : readFileSync(body));
}).listen(Number(port), HOST, () => console.log(`Serving ${dir}/ with its _headers at http://${HOST}:${port}`));
