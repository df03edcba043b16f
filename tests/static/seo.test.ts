import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { loadPages, siteOwner } from '@/lib/content';
import { danglingRefs } from '@/lib/schema/validate';
import {
  absolute,
  ARTICLES,
  blocksOf,
  localPath,
  missingInOrder,
  normalize,
  objects,
  ORIGIN,
  sitemapUrls,
  strings,
  ZONED,
} from '../site-data';
import { attr, documentTitle, first } from './dom';
import { firstAttr, imageSize, jsonLdOf, onlyAttr, page, served, servedText } from './out';

// What search engines and answer engines read from every page of the sitemap, the articles'
// markup, the Markdown twins, llms.txt and robots.txt, read from out/ (the sitemap's and the
// feed's XML, which a browser parses, stay in tests/e2e/seo.spec.ts).

/** The about page (a ProfilePage), whose card is the owner's portrait once there is one. */
const ABOUT = loadPages().find((p) => p.kind === 'profile')?.path;
const URL_KEYS = new Set(['@id', 'url', 'item', 'mainEntityOfPage', 'sameAs', 'image', 'logo', 'contentUrl']);
const types = (n: { '@type'?: unknown }) => [n['@type']].flat();

for (const url of sitemapUrls()) {
  describe(`sitemap page ${localPath(url)}`, () => {
    it('canonical is its sitemap URL; Open Graph and Twitter tags are complete', () => {
      const doc = page(localPath(url));
      const attr = (sel: string, name = 'content') => firstAttr(doc, sel, name);
      expect(attr('link[rel="canonical"]', 'href')).toBe(url);
      expect(attr('meta[property="og:url"]')).toBe(url);
      expect(attr('meta[property="og:title"]')).toBeTruthy();
      expect(attr('meta[property="og:description"]')).toBe(attr('meta[name="description"]'));
      expect(attr('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = attr('meta[property="og:image"]')!;
      // A 1200×630 card, but on the about page while the owner has a portrait: that photo, at the
      // size the tags declare (tests/static/trust.test.ts proves it is the portrait).
      const size = (side: string) => Number(attr(`meta[property="og:image:${side}"]`));
      const portrait = siteOwner().image !== '' && localPath(url) === ABOUT;
      expect(imageSize(localPath(image))).toEqual(
        portrait ? { width: size('width'), height: size('height') } : { width: 1200, height: 630 },
      );
      expect(attr('meta[name="twitter:image"]')).toBe(image);
      expect(attr('link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe(`${ORIGIN}/feed.xml`);
    });

    it('JSON-LD is one linked @graph with no dangling @id, and keeps Google’s rules', () => {
      const doc = jsonLdOf(page(localPath(url)));
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

      // Every URL is absolute, and on this origin it is a real page or file of the build (what the
      // static host serves with a 200: tests/static-server.mjs's rule, as the link check uses).
      const onSite = new Set<string>();
      for (const [key, value] of strings(doc)) {
        if (!URL_KEYS.has(key)) continue;
        expect(value, `${key} is absolute`).toMatch(/^https?:\/\//);
        if (value.startsWith(ORIGIN)) onSite.add(localPath(value));
      }
      // A path content/site.ts declares as served elsewhere is another system's page, not a file of out/.
      const elsewhere = new Set(site.elsewhere.map((e) => e.path));
      for (const path of onSite)
        if (!elsewhere.has(path)) expect(served(path), `${path} is a file of out/`).toBeDefined();

      // Images are crawlable PNGs (drawn covers) or JPEGs (crops of a cover photo) of at least 50,000 pixels.
      for (const posting of all.filter((n) => types(n).includes('BlogPosting'))) {
        const images = posting.image as { url: string; width: string; height: string }[];
        expect(images.length).toBe(3);
        const ratios = [];
        for (const img of images) {
          const size = imageSize(localPath(img.url));
          expect(size).toEqual({ width: Number(img.width), height: Number(img.height) });
          expect(size.width * size.height).toBeGreaterThanOrEqual(50_000);
          ratios.push(+(size.width / size.height).toFixed(3));
        }
        expect(ratios).toEqual([+(16 / 9).toFixed(3), +(4 / 3).toFixed(3), 1]);
      }
    });
  });
}

// Within one language: a translation just begun (an original's folder copied, language and
// translationOf added) keeps its original's words until they are translated, in another <html lang>.
it('titles and descriptions are unique across the sitemap, within each language', () => {
  const seen = sitemapUrls().map((url) => {
    const doc = page(localPath(url));
    const lang = attr(first(doc, 'html')!, 'lang');
    return {
      title: `${lang} ${documentTitle(doc)}`,
      description: `${lang} ${onlyAttr(doc, 'meta[name="description"]')}`,
    };
  });
  expect(seen.length).toBeGreaterThan(0);
  expect(new Set(seen.map((s) => s.title)).size).toBe(seen.length);
  expect(new Set(seen.map((s) => s.description)).size).toBe(seen.length);
});

for (const article of ARTICLES) {
  const url = absolute(article.path);
  it(`${article.path} carries BlogPosting, BreadcrumbList Home › Writing › article, and FAQPage when it has an FAQ`, () => {
    const doc = jsonLdOf(page(article.path));
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

it('robots.txt allows crawling and points at the sitemap', () => {
  const robots = servedText('/robots.txt');
  expect(robots).toMatch(/^User-Agent: \*$/m);
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
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
  it(`${article.path}: the Markdown twin is linked from its head and holds every word of every section, in order`, () => {
    const href = onlyAttr(page(article.path), 'link[rel="alternate"][type="text/markdown"]', 'href');
    expect(href).toBe(`${absolute(article.path)}.md`);
    const text = twinWords(servedText(localPath(href!)));
    const blocks = article.sections.flatMap(blocksOf).map(flat);
    expect(blocks.length).toBeGreaterThan(0);
    expect(missingInOrder(text, blocks)).toEqual([]);
  });
}

it('llms.txt describes the site and lists every published article’s Markdown twin', () => {
  const txt = servedText('/llms.txt');
  expect(txt.startsWith(`# ${site.name}\n`)).toBe(true);
  for (const article of ARTICLES) expect(txt).toContain(`[${article.headline}](${absolute(article.path)}.md)`);
});
