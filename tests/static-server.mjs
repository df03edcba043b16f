// Serves out/ the way a CDN would: clean URLs, 404.html for unknown paths, the headers from
// out/_headers applied to every response, and gzip for text when the client asks for it. One
// server for `npm start` (the preview at http://localhost:3000), the end-to-end tests and the
// Lighthouse bench, so what an author previews is what the tests check and the host serves. It
// listens on the loopback interface only: nothing on the network can reach it.
// Usage: node tests/static-server.mjs [dir=out] [port=3100]; Ctrl-C stops it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hostHeaders, parseHeaders } from '../lib/build/headers.mjs';
import { TYPES } from './content-types.mjs';

const [dir = 'out', port = '3100'] = process.argv.slice(2);
const HOST = '127.0.0.1';
/** What CDNs compress: text, not images or fonts (already compressed). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir}/index.html not found: run \`npm run build\` first.`);
  process.exit(1);
}
const rules = existsSync(join(dir, '_headers')) ? parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')) : [];

/** The file for a request path: exact, then .html, then index.html. */
function resolve(path) {
  const base = join(dir, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = resolve(path);
  const status = file ? 200 : 404;
  const body = file ?? join(dir, '404.html');
  const type = TYPES[extname(body)] ?? 'application/octet-stream';
  const compressible = COMPRESSIBLE.test(type);
  const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const bytes = readFileSync(body);
  res.writeHead(status, {
    'Content-Type': type,
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    // Like Cloudflare Pages and Netlify: when no rule sets Cache-Control (pages have none), the
    // host's default `public, max-age=0, must-revalidate` is sent, so the tests see what readers get.
    ...hostHeaders(rules, path),
  });
  res.end(req.method === 'HEAD' ? undefined : gzip ? gzipSync(bytes) : bytes);
});

server.on('error', (error) => {
  const inUse = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Port ${port} is already in use on ${HOST}: stop what is listening there, or serve on another port: ` +
          `node tests/static-server.mjs ${dir} <port>`
      : `Could not serve ${dir}/: ${error.message}`,
  );
  process.exit(1);
});

server.listen(Number(port), HOST, () =>
  console.log(`Serving ${dir}/ with its _headers at http://localhost:${port}/ (${HOST} only). Ctrl-C stops.`),
);

// Ctrl-C (or a test runner's SIGTERM): stop listening, drop open connections, exit cleanly.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    console.log('\nStopped.');
    process.exit(0);
  });
}
