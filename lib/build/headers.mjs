// The `_headers` file (Cloudflare Pages / Netlify format) for out/: security headers for every
// path, a Content-Security-Policy that allows exactly the inline scripts the build emitted (by
// hash), long caching for hashed assets and short caching for everything else.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.mjs';

/** Hashed, immutable build assets. */
export const IMMUTABLE = '/_next/static/*';

const SECURITY = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The bodies of the inline scripts a browser would execute: no src, and a JavaScript type
 * (JSON-LD and other data blocks are not executed, so CSP does not apply to them).
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const scripts = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
    if (JS_TYPES.has(type)) scripts.push(body);
  }
  return scripts;
}

/** @param {string} script */
export const scriptHash = (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * The policy: only this origin, no plugins, no framing; inline scripts only by hash.
 * @param {readonly string[]} hashes
 */
export function contentSecurityPolicy(hashes) {
  return [
    "default-src 'self'",
    `script-src 'self'${[...new Set(hashes)]
      .sort()
      .map((h) => ` ${h}`)
      .join('')}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * The URL paths a static host serves an out/ file at: pages with and without .html.
 * @param {string} file path relative to out/, with forward slashes
 * @returns {string[]}
 */
export function servedPaths(file) {
  if (file === 'index.html') return ['/', '/index.html'];
  if (file.endsWith('/index.html')) return [`/${file.slice(0, -'index.html'.length)}`, `/${file}`];
  if (file.endsWith('.html')) return [`/${file.slice(0, -'.html'.length)}`, `/${file}`];
  return [`/${file}`];
}

/**
 * @typedef {{ path: string, headers: Record<string, string> }} Rule
 */

/**
 * The rules for a build: every file of out/ (relative paths) and the HTML of each page.
 * @param {{ file: string, html?: string }[]} files
 * @returns {Rule[]}
 */
export function headerRules(files) {
  const hashes = files.flatMap((f) => (f.html ? inlineScripts(f.html).map(scriptHash) : []));
  /** @type {Rule[]} */
  const rules = [{ path: '/*', headers: { 'Content-Security-Policy': contentSecurityPolicy(hashes), ...SECURITY } }];
  rules.push({ path: IMMUTABLE, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } });
  for (const { file } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    if (file.startsWith('_next/static/') || file === '_headers') continue;
    const cache = file.endsWith('.html') ? 'public, max-age=0, must-revalidate' : 'public, max-age=3600';
    for (const path of servedPaths(file)) rules.push({ path, headers: { 'Cache-Control': cache } });
  }
  return rules;
}

/**
 * Writes rules in the _headers format.
 * @param {readonly Rule[]} rules
 */
export function formatHeaders(rules) {
  return `${rules.map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n')}\n`;
}

/**
 * Reads a _headers file back into rules; throws on a line it does not understand.
 * @param {string} text
 * @returns {Rule[]}
 */
export function parseHeaders(text) {
  /** @type {Rule[]} */
  const rules = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) return void rules.push({ path: line.trim(), headers: {} });
    const [, name, value] = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line) ?? [];
    const rule = rules.at(-1);
    if (!name || value === undefined || !rule)
      throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, found "${line}"`);
    rule.headers[name] = value;
  });
  return rules;
}

/**
 * The headers a host applies to a request path: every matching rule, in order; a header set by
 * two rules is joined with ", " (what Netlify and Cloudflare Pages do).
 * @param {readonly Rule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    const pattern = new RegExp(
      `^${rule.path
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[a-z]+/gi, '[^/]+')}$`,
    );
    if (!pattern.test(path)) continue;
    for (const [k, v] of Object.entries(rule.headers)) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}

/**
 * Every file under out/, with the HTML of the pages.
 * @param {string} outDir
 */
export function readOut(outDir) {
  return listFiles(outDir).map((file) =>
    file.endsWith('.html') ? { file, html: readFileSync(join(outDir, file), 'utf8') } : { file },
  );
}
