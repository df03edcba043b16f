// Static pages without the framework runtime. A Next.js export ships React, the router and an
// inline copy of every page (the RSC payload) so the client can take over navigation. These
// pages are documents with plain links, so none of that is needed: this module removes it from
// out/ after the export, leaving HTML, CSS, JSON-LD and the site's own small scripts.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, removeEmptyDirs } from './files.mjs';

/** Set KEEP_NEXT_RUNTIME=1 at build time to ship pages exactly as Next.js exports them. */
export const KEEP_RUNTIME_ENV = 'KEEP_NEXT_RUNTIME';

const FRAMEWORK = /^\/_next\//;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** @param {string} attrs @param {string} name */
const attr = (attrs, name) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined);

/**
 * One page's HTML without the framework: no /_next/ scripts or script preloads, no inline
 * executable scripts (the RSC payload and the bundler's bootstrap). Stylesheets, JSON-LD and
 * scripts of the site's own (not under /_next/) stay.
 * @param {string} html
 */
export function stripRuntime(html) {
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (tag, attrs) => {
      const src = attr(attrs, 'src');
      if (src !== undefined) return FRAMEWORK.test(src) ? '' : tag;
      return JS_TYPES.has((attr(attrs, 'type') ?? '').toLowerCase()) ? '' : tag;
    })
    .replace(/<link\b([^>]*)\/?>/gi, (tag, attrs) => {
      const rel = (attr(attrs, 'rel') ?? '').toLowerCase();
      const isScript = rel === 'modulepreload' || (rel === 'preload' && attr(attrs, 'as') === 'script');
      return isScript && FRAMEWORK.test(attr(attrs, 'href') ?? '') ? '' : tag;
    });
}

/**
 * Files the stripped pages no longer use: RSC payloads (an .html's .txt twin, and __next.*.txt)
 * and the framework's JavaScript under _next/. Other .txt files (robots.txt, llms.txt) stay.
 * @param {readonly string[]} files paths relative to out/, with forward slashes
 */
export function unusedFiles(files) {
  const all = new Set(files);
  return files.filter((f) => {
    const name = f.split('/').at(-1) ?? '';
    if (f.startsWith('_next/')) return f.endsWith('.js');
    if (!f.endsWith('.txt')) return false;
    return name.startsWith('__next.') || all.has(`${f.slice(0, -'.txt'.length)}.html`);
  });
}

/**
 * Strips every page in out/ and removes what they no longer use, unless the switch is set.
 * Returns what it did; throws if a page still refers to framework JavaScript afterwards.
 * @param {string} outDir
 * @param {Record<string, string | undefined>} [env]
 */
export function removeRuntime(outDir, env = process.env) {
  if (env[KEEP_RUNTIME_ENV] === '1') return { pages: 0, removed: 0, kept: true };
  const files = listFiles(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const path = join(outDir, page);
    const html = stripRuntime(readFileSync(path, 'utf8'));
    const left = /<script\b[^>]*\bsrc="\/_next\/|\/_next\/[^"']+\.js/.exec(html);
    if (left)
      throw new Error(
        `static output: ${page} still refers to framework JavaScript (${left[0]}); not publishing a broken page.`,
      );
    writeFileSync(path, html);
  }
  const unused = unusedFiles(files);
  for (const f of unused) rmSync(join(outDir, f));
  removeEmptyDirs(outDir);
  return { pages: pages.length, removed: unused.length, kept: false };
}
