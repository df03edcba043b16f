import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles } from '@/lib/build/files.mjs';
import { contentRoot, loadArticles, loadCaseStudies } from '@/lib/content';
import { FEED_SIZE } from '@/lib/outputs/feed';
import { danglingRefs } from '@/lib/schema/validate';
import { absolute, ARTICLES, CONTENT_DIR, LISTINGS, ORIGIN, sitemapUrls, strings } from '../site-data';
import { all, attr } from './dom';
import { jsonLdOf, OUT, page, servedText } from './out';

// The fixture content (tests/fixtures/content), which npm run test:site builds beside the site's
// own: an article added as a folder, with no code change, gets everything an article gets, and a
// draft gets nothing. The fixtures are test data, so their names and words are known answers here.
const PUBLISHED = 'fixture-second-article';
const DRAFT = 'fixture-draft-article';
const EVERY_FEATURE = 'fixture-every-feature';

const published = ARTICLES.find((a) => a.slug === PUBLISHED);

it(`the build read the fixtures: ${CONTENT_DIR}/ holds tests/fixtures/content`, () => {
  expect(
    published?.path,
    `${CONTENT_DIR}/ has no ${PUBLISHED}: the static tests run on npm run test:site's build of content/ and tests/fixtures/content/`,
  ).toBe(`/blog/${PUBLISHED}`);
});

describe('a fixture article added as a folder, with no code change', () => {
  it('gets its page, Markdown twin and cover images', () => {
    for (const file of [
      `blog/${PUBLISHED}.html`,
      `blog/${PUBLISHED}.md`,
      `blog/${PUBLISHED}/cover-og.png`,
      `blog/${PUBLISHED}/cover-1x1.png`,
    ]) {
      expect(existsSync(`${OUT}/${file}`), file).toBe(true);
    }
  });

  it('appears in the blog index, the sitemap, the feed and llms.txt', () => {
    // On the page of /blog the loader's order puts it on (the first, while the site is small).
    const listed = LISTINGS.filter((l) => l.kind === 'blog' && l.articles.some((a) => a.slug === PUBLISHED));
    expect(listed.map((l) => l.path)).toHaveLength(1);
    expect(servedText(listed[0]!.path)).toContain(`href="/blog/${PUBLISHED}"`);
    expect(servedText('/sitemap.xml')).toContain(`<loc>${absolute(`/blog/${PUBLISHED}`)}</loc>`);
    // The feed holds the newest FEED_SIZE articles: the fixture is among them unless newer
    // articles fill the feed, which must then be full.
    const feed = servedText('/feed.xml');
    if (ARTICLES.slice(0, FEED_SIZE).some((a) => a.slug === PUBLISHED))
      expect(feed).toContain(`<link>${absolute(`/blog/${PUBLISHED}`)}</link>`);
    else expect([...feed.matchAll(/<item>/g)]).toHaveLength(FEED_SIZE);
    expect(servedText('/llms.txt')).toContain(`(${absolute(`/blog/${PUBLISHED}`)}.md)`);
  });

  it('has its own JSON-LD: BlogPosting and FAQPage from its own files, no dangling @id', () => {
    const doc = jsonLdOf(page(`/blog/${PUBLISHED}`)) as unknown as {
      '@graph': { '@type': string; headline?: string; mainEntity?: { name: string }[] }[];
    };
    expect(danglingRefs(doc)).toEqual([]);
    expect(doc['@graph'].find((n) => n['@type'] === 'BlogPosting')?.headline).toBe(
      'A Second Article That Exists Only in the Test Fixtures',
    );
    expect(doc['@graph'].find((n) => n['@type'] === 'FAQPage')?.mainEntity?.map((q) => q.name)).toEqual([
      'Does the fixture get its own FAQ markup?',
    ]);
  });
});

describe('every built article, fixtures with footnotes and non-Latin headings included', () => {
  it('names in each table-of-contents link and FAQPage URL an element id that exists on its page', () => {
    // The articles: /blog/<slug>, one segment; "tags" and "page" are the listings' (no article may take them).
    const prefix = `${ORIGIN}/blog/`;
    const pages = sitemapUrls()
      .filter((url) => url.startsWith(prefix) && !url.slice(prefix.length).includes('/'))
      .map((url) => url.slice(ORIGIN.length))
      .filter((path) => !['/blog/tags', '/blog/page'].includes(path));
    expect(pages).toContain(`/blog/${EVERY_FEATURE}`);
    for (const path of pages) {
      const doc = page(path);
      const ids = new Set(all(doc, '[id]').map((el) => attr(el, 'id')!));
      // Every URL with a #fragment in the JSON-LD: the FAQPage's questions (and any other such node).
      const faqUrls = [...strings(jsonLdOf(doc))]
        .filter(([key, value]) => key === 'url' && value.includes('#'))
        .map(([, value]) => decodeURIComponent(value.slice(value.indexOf('#') + 1)));
      const tocLinks = all(doc, 'nav [href]')
        .map((el) => attr(el, 'href')!)
        .filter((href) => href.startsWith('#') && href.length > 1)
        .map((href) => href.slice(1));
      expect(tocLinks.length, path).toBeGreaterThan(0);
      for (const id of [...tocLinks, ...faqUrls]) expect(ids.has(id), `${path}#${id}`).toBe(true);
    }
  });
});

// Every draft the loader sees (the fixture draft among them), articles and case studies.
const DRAFTS = [
  ...loadArticles(contentRoot(), { drafts: true }).filter((a) => a.draft),
  ...loadCaseStudies(contentRoot(), { drafts: true }).filter((c) => c.draft),
].map((d) => d.path);

/** Every file of out/ as text: the search index's files (gzip) unpacked, images left out. */
const outTexts = () =>
  listFiles(OUT)
    .filter((f: string) => !/\.(png|jpe?g|webp|avif|ico|woff2?|wasm)$/.test(f))
    .map((f: string) => {
      const bytes = readFileSync(`${OUT}/${f}`);
      return { file: f, text: (f.startsWith('pagefind/') && bytes[0] === 0x1f ? gunzipSync(bytes) : bytes).toString() };
    });

describe('a draft', () => {
  it('is among the content the build read, so the tests below look for something', () => {
    expect(DRAFTS).toContain(`/blog/${DRAFT}`);
  });

  it('is absent from the production build, the blog index, the sitemap, the feed and llms.txt', () => {
    expect(existsSync(`${OUT}/blog/${DRAFT}.html`)).toBe(false);
    expect(existsSync(`${OUT}/blog/${DRAFT}.md`)).toBe(false);
    const blogPages = LISTINGS.filter((l) => l.kind === 'blog').map((l) => l.path);
    for (const path of ['/', ...blogPages, '/sitemap.xml', '/feed.xml', '/llms.txt'])
      expect(servedText(path), path).not.toContain(DRAFT);
  });

  it('is absent everywhere: no file of out/ is its, and no file (the search index unpacked) names it', () => {
    const texts = outTexts();
    // The unpacking reads the index: a published fixture is in it.
    expect(texts.some((t) => t.file.startsWith('pagefind/') && t.text.includes(`"/blog/${PUBLISHED}"`))).toBe(true);
    for (const path of DRAFTS) {
      const own = listFiles(OUT).filter(
        (f: string) => `/${f}`.startsWith(`${path}.`) || `/${f}`.startsWith(`${path}/`),
      );
      expect(own, path).toEqual([]);
      // The path as a whole (not the start of a longer slug), absolute or relative.
      const named = new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
      expect(
        texts.filter((t) => named.test(t.text)).map((t) => t.file),
        path,
      ).toEqual([]);
    }
    expect(texts.filter((t) => t.text.includes(DRAFT)).map((t) => t.file)).toEqual([]);
  });
});
