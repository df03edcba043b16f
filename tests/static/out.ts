// The build in out/ as the static host serves it, read from the files: which file a site path is
// served from (tests/static-server.mjs's rule: x, x.html, x/index.html, else 404), its HTML parsed
// once, its JSON-LD, the sizes and types of its images. The static tests assume out/ was built from
// CONTENT_DIR (npm run test:site builds it before running them).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { expect, it } from 'vitest';
import type { Article } from '@/lib/content';
import { isMeasured, readImageHeader } from '@/lib/media/image-header';
import { hostHeaders, parseHeaders } from '@/lib/build/headers.mjs';
import { articlesUsing, CONTENT_DIR, FEATURES, noArticleWith, type JsonLdNode } from '../site-data';
import { all, attr, first, parseHtml, textContent, type Element } from './dom';
import { TYPES } from '../content-types.mjs';

export const OUT = 'out';

if (!existsSync(`${OUT}/index.html`))
  throw new Error(
    `${OUT}/index.html is missing: the static tests read the site as built from CONTENT_DIR=${CONTENT_DIR}. ` +
      `Build it first: \`npm run test:site\` does, or \`CONTENT_DIR=${CONTENT_DIR} npm run build\`.`,
  );

/** The file of `dir` a site path (decoded) is served from, if any (a static host's rules: x, x.html, x/index.html). */
export function servedFile(dir: string, path: string): string | undefined {
  const base = `${dir}${path}`;
  const candidates = path === '/' ? [`${dir}/index.html`] : [base, `${base}.html`, `${base}/index.html`];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

/** The path part of a request path, as the static server reads it from the request. */
const pathname = (path: string) => new URL(path, 'http://localhost').pathname;
/** ...and decoded, as it looks the file up. */
const decoded = (path: string) => decodeURIComponent(pathname(path));

/** The file of out/ the host sends for a request path (its pathname, percent-decoded), or undefined (a 404). */
export const served = (path: string) => servedFile(OUT, decoded(path));

/** The text of the file of out/ served for a path; fails (as a 404 would) when there is none. */
export function servedText(path: string): string {
  const file = served(path);
  expect(file, `${path} is served from a file of ${OUT}/ (200, not 404)`).toBeDefined();
  return readFileSync(file!, 'utf8');
}

/** A parsed page. */
export type Doc = ReturnType<typeof parseHtml>;

const pages = new Map<string, Doc>();

/**
 * The page served for a site path, parsed as a browser does (once per path). `scripting: false`
 * is the page a reader with JavaScript disabled gets.
 */
export function page(path: string, { scripting = true } = {}): Doc {
  const key = `${scripting} ${path}`;
  if (!pages.has(key)) {
    const file = served(path);
    expect(file, `${path} is served from a file of ${OUT}/ (200, not 404)`).toBeDefined();
    expect(file!.endsWith('.html'), `${path} is a page (${file})`).toBe(true);
    pages.set(key, parseHtml(readFileSync(file!, 'utf8'), { scripting }));
  }
  return pages.get(key)!;
}

/** The one element that matches (Playwright's strict locator): fails when there is none or more than one. */
export function only(doc: Doc | Element, selector: string): Element {
  const found = all(doc, selector);
  expect(found, `one ${selector}`).toHaveLength(1);
  return found[0]!;
}

/** An attribute of the first element that matches (locator.first().getAttribute): fails when none matches. */
export function firstAttr(doc: Doc, selector: string, name = 'content'): string | null {
  const el = first(doc, selector);
  expect(el, `${selector} is on the page`).toBeDefined();
  return attr(el!, name);
}

/** An attribute of the one element that matches (locator.getAttribute, strict). */
export const onlyAttr = (doc: Doc, selector: string, name = 'content'): string | null =>
  attr(only(doc, selector), name);

/** The page's one JSON-LD script, parsed. */
export function jsonLdOf(doc: Doc): { '@context': string; '@graph': JsonLdNode[] } {
  const scripts = all(doc, 'script[type="application/ld+json"]').map(textContent);
  expect(scripts, 'one JSON-LD script').toHaveLength(1);
  return JSON.parse(scripts[0]!);
}

const RULES = existsSync(`${OUT}/_headers`) ? parseHeaders(readFileSync(`${OUT}/_headers`, 'utf8')) : [];

/** The Content-Type the static host sends for an image's request path, served from `file`. */
function imageType(path: string, file: string): string {
  const set = Object.entries(hostHeaders(RULES, pathname(path))).find(
    ([name]) => name.toLowerCase() === 'content-type',
  );
  return set?.[1] ?? TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * Width and height of a PNG or JPEG (a cover photo's crops are JPEG) served for a path, read from
 * its file's header; fails unless the file exists and the Content-Type the host sends is what the
 * bytes are. `type` is that Content-Type.
 */
export function image(path: string): { size: { width: number; height: number }; type: string } {
  const file = served(path);
  expect(file, `${path} is served from a file of ${OUT}/ (200, not 404)`).toBeDefined();
  const header = readImageHeader(readFileSync(file!));
  expect(['png', 'jpeg'], `${path} is a PNG or JPEG`).toContain(header.format);
  const type = imageType(path, file!);
  expect(type, path).toBe(`image/${header.format}`);
  return { size: isMeasured(header) ? { width: header.width, height: header.height } : { width: 0, height: 0 }, type };
}

/** The size of image(path): tests/e2e/helpers.ts's imageSize, read from out/. */
export const imageSize = (path: string) => image(path).size;

/**
 * The published articles that use a feature, for a test file to test it on each of them; and a
 * test that fails when none does (tests/e2e/helpers.ts's articlesWith, for Vitest). Call it once
 * per feature in a test file, at the top level.
 */
export function articlesWith(feature: keyof typeof FEATURES): Article[] {
  const found = articlesUsing(feature);
  it(`some published article has ${FEATURES[feature].name}, so the tests of it check something`, () => {
    expect(
      found.map((a) => a.slug),
      noArticleWith(feature),
    ).not.toEqual([]);
  });
  return found;
}
