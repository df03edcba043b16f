// The Playwright side of the tests' helpers: what needs a page, a request or a browser. Everything
// else (the origin, the built files, the content as the build saw it) lives in tests/site-data.ts,
// shared with the static tests (tests/static), and is re-exported here for the specs.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { Article, Section } from '@/lib/content';
import { isMeasured, readImageHeader } from '@/lib/media/image-header';
import { articlesUsing, FEATURES, FOOTNOTE_LINKS, INLINE_TAGS, noArticleWith, type JsonLdNode } from '../site-data';

export * from '../site-data';

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

/**
 * Width and height of a PNG or JPEG (a cover photo's crops are JPEG), read from its header;
 * fails unless the Content-Type the server sends is what the bytes are.
 */
export async function imageSize(request: APIRequestContext, path: string): Promise<{ width: number; height: number }> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const header = readImageHeader(await res.body());
  expect(['png', 'jpeg'], `${path} is a PNG or JPEG`).toContain(header.format);
  expect(res.headers()['content-type'], path).toBe(`image/${header.format}`);
  return isMeasured(header) ? { width: header.width, height: header.height } : { width: 0, height: 0 };
}

/** The page's one JSON-LD script, parsed. */
export async function jsonLd(page: Page): Promise<{ '@context': string; '@graph': JsonLdNode[] }> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts, 'one JSON-LD script').toHaveLength(1);
  return JSON.parse(scripts[0]!);
}

/**
 * The published articles that use a feature, for a spec to test it on each of them; and, in that
 * spec, a test that fails when none does. A feature test over no article would pass while checking
 * nothing: if the last article using a feature loses it, the suite says so (and
 * tests/fixtures/content/fixture-every-feature, built by `npm run test:site`, uses every
 * feature). Call it once per feature in a spec file, at the top level.
 */
export function articlesWith(feature: keyof typeof FEATURES): Article[] {
  const found = articlesUsing(feature);
  test(`some published article has ${FEATURES[feature].name}, so the tests of it check something`, () => {
    expect(
      found.map((a) => a.slug),
      noArticleWith(feature),
    ).not.toEqual([]);
  });
  return found;
}

/**
 * The text of each child element of `root`, in order, as a reader sees it without styling:
 * blocks and table cells apart, inline elements (links, emphasis, code) within their line.
 * What a page's section holds, to compare with blocksOf; works with JavaScript disabled.
 * tests/static/dom.ts reads the static HTML by the same rule (INLINE_TAGS, FOOTNOTE_LINKS).
 */
export function childTexts(root: Locator): Promise<{ tag: string; id: string; text: string }[]> {
  return root.evaluate(
    (el, [inlineTags, footnoteLinks]) => {
      const inline = new Set(inlineTags);
      const text = (n: Node): string => {
        if (n.nodeType === Node.TEXT_NODE) return (n as Text).data;
        if (n.nodeType !== Node.ELEMENT_NODE) return '';
        // A footnote's number and its way back are page furniture, not the author's words.
        if ((n as Element).matches(footnoteLinks)) return '';
        const inner = [...n.childNodes].map(text).join('');
        return inline.has((n as Element).tagName) ? inner : ` ${inner} `;
      };
      return [...el.children].map((c) => ({ tag: c.tagName, id: c.id, text: text(c).replace(/\s+/g, ' ').trim() }));
    },
    [[...INLINE_TAGS], FOOTNOTE_LINKS] as const,
  );
}

/** The page's section element of a loader section (the one labelled by its h2). */
export const sectionOnPage = (page: Page, section: Section) =>
  page.locator(`main article section[aria-labelledby="${section.id}"]`);
