import { existsSync, readFileSync } from 'node:fs';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { siteOrigin } from '@/lib/site-url';

/** The origin the build wrote into canonical URLs and JSON-LD (SITE_URL or content/site.ts). */
export const ORIGIN = siteOrigin();

/** ISO 8601 with a timezone. */
export const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A file of the build; says to build first when out/ is missing. */
export function builtFile(path: string): string {
  const file = `out/${path}`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the end-to-end tests.`);
  return readFileSync(file, 'utf8');
}

/** Every URL in the built sitemap, in order. */
export const sitemapUrls = (): string[] =>
  [...builtFile('sitemap.xml').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!);

/** The path to request from the test server for an absolute URL on the site's origin. */
export function localPath(url: string): string {
  expect(url.startsWith(ORIGIN), `${url} is on ${ORIGIN}`).toBe(true);
  return new URL(url).pathname;
}

/** True when the text parses as XML in the browser. */
export async function isWellFormedXml(page: Page, xml: string): Promise<boolean> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.getElementsByTagName('parsererror').length === 0;
  }, xml);
}

/** Width and height of a PNG, from its IHDR chunk; fails when the bytes are not a PNG. */
export async function pngSize(request: APIRequestContext, path: string): Promise<{ width: number; height: number }> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type'], path).toBe('image/png');
  const bytes = await res.body();
  expect(bytes.subarray(0, 8).toString('hex'), `${path} has the PNG signature`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface JsonLdNode {
  '@type'?: string | string[];
  '@id'?: string;
  [key: string]: unknown;
}

/** The page's one JSON-LD script, parsed. */
export async function jsonLd(page: Page): Promise<{ '@context': string; '@graph': JsonLdNode[] }> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts, 'one JSON-LD script').toHaveLength(1);
  return JSON.parse(scripts[0]!);
}

/** Every object in a JSON value, depth first, with the key it sits under. */
export function* objects(value: unknown, key = ''): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v, key);
  else if (value && typeof value === 'object') {
    yield [key, value as Record<string, unknown>];
    for (const [k, v] of Object.entries(value)) yield* objects(v, k);
  }
}

/** Every string in a JSON value with the key it sits under. */
export function* strings(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value];
  else if (Array.isArray(value)) for (const v of value) yield* strings(v, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, k);
}
