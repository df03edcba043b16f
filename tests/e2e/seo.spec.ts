import { expect, test } from '@playwright/test';
import { site } from '@/content/site';
import { FEED_SIZE } from '@/lib/outputs/feed';
import {
  absolute,
  ARTICLES,
  LISTINGS,
  builtFile,
  CASE_STUDIES,
  CONTENT_PAGES,
  contentPagePaths,
  isWellFormedXml,
  ORIGIN,
  pngSize,
  sitemapUrls,
  TRANSLATIONS,
  ZONED,
} from './helpers';

// What needs a browser: XML parsed by the browser's DOMParser (the sitemap, the feed), and the
// icons and manifest as the server sends them. Every page's canonical, Open Graph and JSON-LD, the
// articles' markup, the Markdown twins, llms.txt and robots.txt are read from out/ by
// tests/static/seo.test.ts.
test('the sitemap is well-formed XML listing home, every listing page and every published article and translation, each with its lastmod', async ({
  page,
}) => {
  const xml = builtFile('sitemap.xml');
  expect(await isWellFormedXml(page, xml)).toBe(true);
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(entry!)?.[1],
    lastmod: /<lastmod>(.*?)<\/lastmod>/.exec(entry!)?.[1],
  }));
  expect(entries.map((e) => e.loc)).toEqual(sitemapUrls());
  expect([...sitemapUrls()].sort()).toEqual(
    [
      ORIGIN,
      ...LISTINGS.map((l) => absolute(l.path)),
      absolute('/search'),
      ...ARTICLES.map((a) => absolute(a.path)),
      ...TRANSLATIONS.map((t) => absolute(t.path)),
      ...contentPagePaths().map(absolute),
    ].sort(),
  );
  // An article's lastmod is its update; the listings', the newest update of all.
  const newest = ARTICLES.map((a) => a.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  expect(entries).toEqual(
    expect.arrayContaining([
      { loc: ORIGIN, lastmod: newest },
      { loc: `${ORIGIN}/blog`, lastmod: newest },
      ...[...ARTICLES, ...TRANSLATIONS].map((a) => ({ loc: absolute(a.path), lastmod: a.updated })),
      ...[...CONTENT_PAGES, ...CASE_STUDIES].map((p) => ({ loc: absolute(p.path), lastmod: p.updated })),
      ...LISTINGS.map((l) => ({ loc: absolute(l.path), lastmod: l.newest })),
      { loc: absolute('/search'), lastmod: newest },
    ]),
  );
  entries.forEach((e) => expect(e.lastmod, e.loc).toMatch(ZONED));
});

test(`the RSS feed is well-formed XML that lists the newest ${FEED_SIZE} published articles`, async ({
  page,
  request,
}) => {
  const res = await request.get('/feed.xml');
  expect(res.status()).toBe(200);
  const xml = await res.text();
  expect(await isWellFormedXml(page, xml)).toBe(true);
  expect(xml).toContain('<rss version="2.0"');
  const items = [...xml.matchAll(/<item>[\s\S]*?<link>(.*?)<\/link>/g)].map((m) => m[1]);
  // ARTICLES is newest first, as the loader returns them.
  expect(items).toEqual(ARTICLES.slice(0, FEED_SIZE).map((a) => absolute(a.path)));
});

test('favicon, apple-touch icon and web manifest are real files', async ({ page, request }) => {
  await page.goto('/');
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect((await request.get(icon!)).headers()['content-type']).toMatch(/^image\/svg\+xml/);
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect(await pngSize(request, apple!)).toEqual({ width: 180, height: 180 });
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(manifestHref!)).json()) as {
    name: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest.name).toBe(site.name);
  for (const i of manifest.icons.filter((i) => i.type === 'image/png')) {
    const [w, h] = i.sizes.split('x').map(Number);
    expect(await pngSize(request, i.src)).toEqual({ width: w, height: h });
  }
});
