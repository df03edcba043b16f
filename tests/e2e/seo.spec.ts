import { expect, test } from '@playwright/test';
import { site } from '@/content/site';
import { danglingRefs } from '@/lib/schema/validate';
import { seedLines } from '../seed/seed';
import {
  builtFile,
  isWellFormedXml,
  jsonLd,
  localPath,
  objects,
  ORIGIN,
  pngSize,
  sitemapUrls,
  strings,
  ZONED,
} from './helpers';

const ARTICLE = `${ORIGIN}/blog/ai-systems-architect-role`;
const URL_KEYS = new Set(['@id', 'url', 'item', 'mainEntityOfPage', 'sameAs', 'image', 'logo', 'contentUrl']);
const types = (n: { '@type'?: unknown }) => [n['@type']].flat();

test('the sitemap is well-formed XML listing home, blog and the article', async ({ page }) => {
  expect(await isWellFormedXml(page, builtFile('sitemap.xml'))).toBe(true);
  expect(sitemapUrls()).toEqual([ORIGIN, `${ORIGIN}/blog`, ARTICLE]);
  const lastmods = [...builtFile('sitemap.xml').matchAll(/<lastmod>(.*?)<\/lastmod>/g)].map((m) => m[1]);
  expect(lastmods).toHaveLength(3);
  lastmods.forEach((d) => expect(d).toMatch(ZONED));
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
      expect(await pngSize(request, localPath(image))).toEqual({ width: 1200, height: 630 });
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
      const pageNode = doc['@graph'].find((n) => types(n).some((t) => t === 'WebPage' || t === 'CollectionPage'));
      expect(pageNode?.url).toBe(url);

      // Dates carry a timezone.
      for (const [key, value] of strings(doc)) if (/^date|Date$/.test(key)) expect(value, key).toMatch(ZONED);

      // One Person per author entry, with a name (no titles) and a URL.
      for (const p of all.filter((n) => types(n).includes('Person'))) {
        expect(p.name).toBe(site.authors['mudassir-khan'].name);
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

      // Images are crawlable PNGs of at least 50,000 pixels.
      for (const posting of all.filter((n) => types(n).includes('BlogPosting'))) {
        const images = posting.image as { url: string; width: string; height: string }[];
        expect(images.length).toBe(3);
        const ratios = [];
        for (const img of images) {
          const size = await pngSize(request, localPath(img.url));
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

test('the article carries BlogPosting, BreadcrumbList Home › Blog › article, and FAQPage', async ({ page }) => {
  await page.goto(localPath(ARTICLE));
  const doc = await jsonLd(page);
  expect(doc['@graph'].map((n) => n['@type'])).toEqual([
    'WebSite',
    'Person',
    'WebPage',
    'BlogPosting',
    'BreadcrumbList',
    'FAQPage',
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
    item: { '@id': string };
  }[];
  expect(crumbs.map((c) => c.item['@id'])).toEqual([ORIGIN, `${ORIGIN}/blog`, ARTICLE]);
});

test('robots.txt allows crawling and points at the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-Agent: \*$/m);
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
});

test('the RSS feed is well-formed XML that lists the article', async ({ page, request }) => {
  const res = await request.get('/feed.xml');
  expect(res.status()).toBe(200);
  const xml = await res.text();
  expect(await isWellFormedXml(page, xml)).toBe(true);
  expect(xml).toContain('<rss version="2.0"');
  expect(xml).toContain(`<link>${ARTICLE}</link>`);
});

test('the Markdown twin is linked from the article head and holds every line of the seed', async ({
  page,
  request,
}) => {
  await page.goto(localPath(ARTICLE));
  const href = await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href');
  expect(href).toBe(`${ARTICLE}.md`);
  const res = await request.get(localPath(href!));
  expect(res.status()).toBe(200);
  const lines = new Set(
    (await res.text()).split('\n').map((l) =>
      l
        .replace(/^(> |#{1,6} )/, '')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/\[(.+?)\]\(.+?\)/g, '$1')
        .trim(),
    ),
  );
  expect(seedLines.filter((l) => !lines.has(l))).toEqual([]);
});

test('llms.txt describes the site and lists the article’s Markdown twin', async ({ request }) => {
  const txt = await (await request.get('/llms.txt')).text();
  expect(txt.startsWith(`# ${site.name}\n`)).toBe(true);
  expect(txt).toContain(`(${ARTICLE}.md)`);
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
