import { expect, test } from '@playwright/test';
import { site } from '@/content/site';
import { danglingRefs } from '@/lib/schema/validate';
import { FEED_SIZE } from '@/lib/feed';
import {
  absolute,
  ARTICLES,
  LISTINGS,
  blocksOf,
  builtFile,
  CASE_STUDIES,
  CONTENT_PAGES,
  contentPagePaths,
  isWellFormedXml,
  jsonLd,
  localPath,
  missingInOrder,
  normalize,
  objects,
  ORIGIN,
  imageSize,
  pngSize,
  sitemapUrls,
  strings,
  ZONED,
} from './helpers';

const URL_KEYS = new Set(['@id', 'url', 'item', 'mainEntityOfPage', 'sameAs', 'image', 'logo', 'contentUrl']);
const types = (n: { '@type'?: unknown }) => [n['@type']].flat();

test('the sitemap is well-formed XML listing home, every listing page and every published article, each with its lastmod', async ({
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
      ...contentPagePaths().map(absolute),
    ].sort(),
  );
  // An article's lastmod is its update; the listings', the newest update of all.
  const newest = ARTICLES.map((a) => a.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  expect(entries).toEqual(
    expect.arrayContaining([
      { loc: ORIGIN, lastmod: newest },
      { loc: `${ORIGIN}/blog`, lastmod: newest },
      ...ARTICLES.map((a) => ({ loc: absolute(a.path), lastmod: a.updated })),
      ...[...CONTENT_PAGES, ...CASE_STUDIES].map((p) => ({ loc: absolute(p.path), lastmod: p.updated })),
      ...LISTINGS.map((l) => ({ loc: absolute(l.path), lastmod: l.newest })),
      { loc: absolute('/search'), lastmod: newest },
    ]),
  );
  entries.forEach((e) => expect(e.lastmod, e.loc).toMatch(ZONED));
});

for (const url of sitemapUrls()) {
  test.describe(`sitemap page ${localPath(url)}`, () => {
    test('canonical is its sitemap URL; Open Graph and Twitter tags are complete', async ({ page, request }) => {
      await page.goto(localPath(url));
      const attr = (sel: string, name = 'content') => page.locator(sel).first().getAttribute(name);
      expect(await attr('link[rel="canonical"]', 'href')).toBe(url);
      expect(await attr('meta[property="og:url"]')).toBe(url);
      expect(await attr('meta[property="og:title"]')).toBeTruthy();
      expect(await attr('meta[property="og:description"]')).toBe(await attr('meta[name="description"]'));
      expect(await attr('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = (await attr('meta[property="og:image"]'))!;
      expect(await imageSize(request, localPath(image))).toEqual({ width: 1200, height: 630 });
      expect(await attr('meta[name="twitter:image"]')).toBe(image);
      expect(await attr('link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe(`${ORIGIN}/feed.xml`);
    });

    test('JSON-LD is one linked @graph with no dangling @id, and keeps Google’s rules', async ({ page, request }) => {
      await page.goto(localPath(url));
      const doc = await jsonLd(page);
      expect(doc['@context']).toBe('https://schema.org');
      expect(danglingRefs(doc)).toEqual([]);
      const all = [...objects(doc['@graph'])].map(([, o]) => o);
      expect(all.filter((n) => types(n).includes('WebSite'))).toHaveLength(1);

      // The page node is this URL.
      const pageNode = doc['@graph'].find((n) =>
        types(n).some((t) => t === 'WebPage' || t === 'CollectionPage' || t === 'ProfilePage'),
      );
      expect(pageNode?.url).toBe(url);

      // Dates carry a timezone.
      for (const [key, value] of strings(doc)) if (/^date|Date$/.test(key)) expect(value, key).toMatch(ZONED);

      // One Person per author entry, with a name (no titles) and a URL.
      const authors = Object.values(site.authors).map((a) => a.name as string);
      for (const p of all.filter((n) => types(n).includes('Person'))) {
        expect(authors).toContain(p.name);
        expect(String(p.url)).toMatch(/^https?:\/\//);
      }

      // Breadcrumbs: two or more, positions from 1, each item a node { @id: absolute URL, name }.
      for (const list of all.filter((n) => types(n).includes('BreadcrumbList'))) {
        const items = list.itemListElement as {
          position: number;
          item: { '@id': string; name: string };
          name: string;
        }[];
        expect(items.length).toBeGreaterThanOrEqual(2);
        expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
        for (const i of items) expect(i.item.name).toBe(i.name);
        expect(items.at(-1)?.item['@id']).toBe(url);
      }

      // Every URL is absolute, and on this origin it is a real page or file of the build.
      const onSite = new Set<string>();
      for (const [key, value] of strings(doc)) {
        if (!URL_KEYS.has(key)) continue;
        expect(value, `${key} is absolute`).toMatch(/^https?:\/\//);
        if (value.startsWith(ORIGIN)) onSite.add(localPath(value));
      }
      for (const path of onSite) expect((await request.get(path)).status(), path).toBe(200);

      // Images are crawlable PNGs (drawn covers) or JPEGs (crops of a cover photo) of at least 50,000 pixels.
      for (const posting of all.filter((n) => types(n).includes('BlogPosting'))) {
        const images = posting.image as { url: string; width: string; height: string }[];
        expect(images.length).toBe(3);
        const ratios = [];
        for (const img of images) {
          const size = await imageSize(request, localPath(img.url));
          expect(size).toEqual({ width: Number(img.width), height: Number(img.height) });
          expect(size.width * size.height).toBeGreaterThanOrEqual(50_000);
          ratios.push(+(size.width / size.height).toFixed(3));
        }
        expect(ratios).toEqual([+(16 / 9).toFixed(3), +(4 / 3).toFixed(3), 1]);
      }
    });
  });
}

test('titles and descriptions are unique across the sitemap', async ({ page }) => {
  const seen: { title: string; description: string | null }[] = [];
  for (const url of sitemapUrls()) {
    await page.goto(localPath(url));
    seen.push({
      title: await page.title(),
      description: await page.locator('meta[name="description"]').getAttribute('content'),
    });
  }
  expect(new Set(seen.map((s) => s.title)).size).toBe(seen.length);
  expect(new Set(seen.map((s) => s.description)).size).toBe(seen.length);
});

for (const article of ARTICLES) {
  const url = absolute(article.path);
  test(`${article.path} carries BlogPosting, BreadcrumbList Home › Blog › article, and FAQPage when it has an FAQ`, async ({
    page,
  }) => {
    await page.goto(article.path);
    const doc = await jsonLd(page);
    expect(doc['@graph'].map((n) => n['@type'])).toEqual([
      'WebSite',
      'Person',
      'WebPage',
      'BlogPosting',
      'BreadcrumbList',
      ...(article.faq.length ? ['FAQPage'] : []),
    ]);
    const posting = doc['@graph'].find((n) => n['@type'] === 'BlogPosting')!;
    for (const key of [
      'headline',
      'description',
      'datePublished',
      'dateModified',
      'author',
      'publisher',
      'mainEntityOfPage',
      'isPartOf',
      'wordCount',
      'articleSection',
      'keywords',
      'inLanguage',
    ]) {
      expect(posting[key], key).toBeTruthy();
    }
    const crumbs = doc['@graph'].find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement as {
      name: string;
      item: { '@id': string; name: string };
    }[];
    // Each item a Thing ({ @id, name }), the form schema.org validators and Google both accept.
    expect(crumbs.map((c) => c.item['@id'])).toEqual([ORIGIN, `${ORIGIN}/blog`, url]);
    expect(crumbs.map((c) => c.item.name)).toEqual(crumbs.map((c) => c.name));
    expect(crumbs.at(-1)?.name).toBe(article.headline);
  });
}

test('robots.txt allows crawling and points at the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-Agent: \*$/m);
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
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

/** A Markdown twin as plain words: no heading, quote, emphasis or table marks, links as their text. */
const twinWords = (md: string) =>
  normalize(
    md
      .replace(/^\|?[\s|:-]+\|?$/gm, ' ') // table delimiter rows
      .replace(/^\[\^[^\]]+\]: /gm, '') // a footnote's label before its words
      .replace(/\[\^[^\]]+\]/g, '') // a footnote's number in the text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^(#{1,6} |> ?)/gm, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\|/g, ' '),
  );
const flat = (s: string) => normalize(s.replace(/[*_`]/g, '').replace(/\|/g, ' '));

for (const article of ARTICLES) {
  test(`${article.path}: the Markdown twin is linked from its head and holds every word of every section, in order`, async ({
    page,
    request,
  }) => {
    await page.goto(article.path);
    const href = await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href');
    expect(href).toBe(`${absolute(article.path)}.md`);
    const res = await request.get(localPath(href!));
    expect(res.status()).toBe(200);
    const text = twinWords(await res.text());
    const blocks = article.sections.flatMap(blocksOf).map(flat);
    expect(blocks.length).toBeGreaterThan(0);
    expect(missingInOrder(text, blocks)).toEqual([]);
  });
}

test('llms.txt describes the site and lists every published article’s Markdown twin', async ({ request }) => {
  const txt = await (await request.get('/llms.txt')).text();
  expect(txt.startsWith(`# ${site.name}\n`)).toBe(true);
  for (const article of ARTICLES) expect(txt).toContain(`[${article.headline}](${absolute(article.path)}.md)`);
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
