import { expect, it } from 'vitest';
import { site } from '@/content/site';
import { absolute, ARTICLES, LISTINGS, normalize, ORIGIN } from '../site-data';
import { all, attr, documentTitle, navigations, roleLinks, textContent, type Element } from './dom';
import { jsonLdOf, only, onlyAttr, page, served } from './out';

// The listings (each page of /blog, the topic index, each page of every tag) against the loader:
// what each page lists, in which order, how its pages link, and that no other page exists. (Where
// an article's tags show at a phone's and a desktop's width stays in tests/e2e/listings.spec.ts.)

const TAG_PAGES = LISTINGS.filter((l) => l.kind === 'tag');
const BLOG_PAGES = LISTINGS.filter((l) => l.kind === 'blog');
const TAGS = TAG_PAGES.filter((l) => !l.path.includes('/page/'));

/** Playwright's toHaveText([...]): as many elements as texts, each the text, whitespace collapsed. */
const texts = (elements: Element[]) => elements.map((e) => normalize(textContent(e)));

it('some listing has more than one page when the site has more articles than a page holds', () => {
  // On content with one page of articles this states that no later page is expected.
  expect(BLOG_PAGES).toHaveLength(Math.max(1, Math.ceil(ARTICLES.length / site.articlesPerPage)));
});

for (const listing of [...BLOG_PAGES, ...TAG_PAGES]) {
  it(`${listing.path} lists its articles newest first and links its neighbours`, () => {
    expect(served(listing.path), `${listing.path} is a page of out/ (200)`).toBeDefined();
    const doc = page(listing.path);
    const links = all(doc, 'main li h2 a');
    expect(texts(links)).toEqual(listing.articles.map((a) => normalize(a.headline)));
    expect(links.map((a) => attr(a, 'href'))).toEqual(listing.articles.map((a) => a.path));
    const siblings = LISTINGS.filter((l) => l.kind === listing.kind && l.tag === listing.tag);
    const i = siblings.indexOf(listing);
    const prev = siblings[i - 1]?.path;
    const next = siblings[i + 1]?.path;
    // <link rel="prev|next"> in the head, absolute; the same pages as plain links in the body.
    const head = (rel: string) => all(doc, `head link[rel="${rel}"]`).map((l) => attr(l, 'href'));
    expect(head('prev')).toEqual(prev ? [absolute(prev)] : []);
    expect(head('next')).toEqual(next ? [absolute(next)] : []);
    const navs = navigations(doc, 'Pages');
    if (siblings.length === 1) return expect(navs).toHaveLength(0);
    expect(navs.flatMap(roleLinks).map((a) => attr(a, 'href'))).toEqual(
      [prev, ...siblings.map((s) => s.path), next].filter(Boolean),
    );
    const current = navs.flatMap((nav) => all(nav, '[aria-current="page"]'));
    expect(current, 'one [aria-current="page"] in the Pages navigation').toHaveLength(1);
    expect(attr(current[0]!, 'href')).toBe(listing.path);
  });
}

for (const listing of [...BLOG_PAGES, ...TAGS]) {
  it(`${listing.path}: page 1 has no /page/1 twin and no page exists past the last`, () => {
    const count = LISTINGS.filter((l) => l.kind === listing.kind && l.tag === listing.tag).length;
    // A 404: no file of out/ the static host would serve for the path.
    for (const path of [`${listing.path}/page/1`, `${listing.path}/page/${count + 1}`, `${listing.path}/page/0`])
      expect(served(path), path).toBeUndefined();
  });
}

it('the topic index lists every tag once with its number of articles, each linking to its page', () => {
  const items = all(page('/blog/tags'), 'main ul li a');
  const expected = TAGS.map((t) => ({ href: t.path, name: t.tag! }));
  const found = items.map((a) => ({ href: attr(a, 'href'), text: normalize(textContent(a)) }));
  expect(found.map((f) => f.href).sort()).toEqual(expected.map((e) => e.href).sort());
  for (const e of expected) {
    const n = LISTINGS.filter((l) => l.kind === 'tag' && l.tag === e.name).flatMap((l) => l.articles).length;
    expect(found.find((f) => f.href === e.href)?.text).toBe(`${e.name} ${n} article${n === 1 ? '' : 's'}`);
  }
});

for (const tag of TAGS) {
  it(`${tag.path}: its own title, description, canonical, breadcrumb and CollectionPage in the site graph`, () => {
    const doc = page(tag.path);
    expect(texts([only(doc, 'h1')])).toEqual([normalize(tag.tag!)]);
    expect(normalize(documentTitle(doc))).toMatch(new RegExp(`^${tag.tag!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
    expect(onlyAttr(doc, 'link[rel="canonical"]', 'href')).toBe(absolute(tag.path));
    expect(onlyAttr(doc, 'meta[name="description"]')).toContain(tag.tag!);
    const trails = navigations(doc, 'Breadcrumb');
    expect(trails, 'one Breadcrumb navigation').toHaveLength(1);
    const crumbs = trails[0]!;
    expect(texts(all(crumbs, 'a, [aria-current]'))).toEqual(['Home', 'Writing', 'Topics', tag.tag!].map(normalize));
    expect(texts([only(crumbs, '[aria-current="page"]')])).toEqual([normalize(tag.tag!)]);
    const graph = jsonLdOf(doc)['@graph'];
    const url = absolute(tag.path);
    const collection = graph.find((n) => n['@type'] === 'CollectionPage');
    expect(collection).toMatchObject({
      '@id': `${url}#webpage`,
      url,
      isPartOf: { '@id': `${ORIGIN}/#website` },
      breadcrumb: { '@id': `${url}#breadcrumb` },
    });
    const items = (collection!.mainEntity as { itemListElement: { url: string }[] }).itemListElement;
    expect(items.map((i) => i.url)).toEqual(tag.articles.map((a) => absolute(a.path)));
    const trail = graph.find((n) => n['@type'] === 'BreadcrumbList')!;
    expect((trail.itemListElement as { name: string }[]).map((i) => i.name)).toEqual([
      'Home',
      'Writing',
      'Topics',
      tag.tag,
    ]);
  });
}
