import { expect, test } from '@playwright/test';
import { site } from '@/content/site';
import { absolute, ARTICLES, jsonLd, LISTINGS, newestArticle, ORIGIN } from './helpers';

// The listings (each page of /blog, the topic index, each page of every tag) against the loader:
// what each page lists, in which order, how its pages link, and that no other page exists.

const TAG_PAGES = LISTINGS.filter((l) => l.kind === 'tag');
const BLOG_PAGES = LISTINGS.filter((l) => l.kind === 'blog');
const TAGS = TAG_PAGES.filter((l) => !l.path.includes('/page/'));

test('some listing has more than one page when the site has more articles than a page holds', () => {
  // On content with one page of articles this states that no later page is expected.
  expect(BLOG_PAGES).toHaveLength(Math.max(1, Math.ceil(ARTICLES.length / site.articlesPerPage)));
});

for (const listing of [...BLOG_PAGES, ...TAG_PAGES]) {
  test(`${listing.path} lists its articles newest first and links its neighbours`, async ({ page }) => {
    const res = await page.goto(listing.path);
    expect(res?.status()).toBe(200);
    const links = page.locator('main li h2 a');
    await expect(links).toHaveText(listing.articles.map((a) => a.headline));
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      listing.articles.map((a) => a.path),
    );
    const siblings = LISTINGS.filter((l) => l.kind === listing.kind && l.tag === listing.tag);
    const i = siblings.indexOf(listing);
    const prev = siblings[i - 1]?.path;
    const next = siblings[i + 1]?.path;
    // <link rel="prev|next"> in the head, absolute; the same pages as plain links in the body.
    const head = async (rel: string) =>
      page.locator(`head link[rel="${rel}"]`).evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
    expect(await head('prev')).toEqual(prev ? [absolute(prev)] : []);
    expect(await head('next')).toEqual(next ? [absolute(next)] : []);
    const nav = page.getByRole('navigation', { name: 'Pages' });
    if (siblings.length === 1) return expect(nav).toHaveCount(0);
    expect(await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      [prev, ...siblings.map((s) => s.path), next].filter(Boolean),
    );
    await expect(nav.locator('[aria-current="page"]')).toHaveAttribute('href', listing.path);
  });
}

for (const listing of [...BLOG_PAGES, ...TAGS]) {
  test(`${listing.path}: page 1 has no /page/1 twin and no page exists past the last`, async ({ request }) => {
    const count = LISTINGS.filter((l) => l.kind === listing.kind && l.tag === listing.tag).length;
    for (const path of [`${listing.path}/page/1`, `${listing.path}/page/${count + 1}`, `${listing.path}/page/0`])
      expect((await request.get(path)).status(), path).toBe(404);
  });
}

test('the topic index lists every tag once with its number of articles, each linking to its page', async ({ page }) => {
  await page.goto('/blog/tags');
  const items = page.locator('main ul li a');
  const expected = TAGS.map((t) => ({ href: t.path, name: t.tag! }));
  const found = await items.evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.replace(/\s+/g, ' ').trim() })),
  );
  expect(found.map((f) => f.href).sort()).toEqual(expected.map((e) => e.href).sort());
  for (const e of expected) {
    const n = LISTINGS.filter((l) => l.kind === 'tag' && l.tag === e.name).flatMap((l) => l.articles).length;
    expect(found.find((f) => f.href === e.href)?.text).toBe(`${e.name} ${n} article${n === 1 ? '' : 's'}`);
  }
});

for (const tag of TAGS) {
  test(`${tag.path}: its own title, description, canonical, breadcrumb and CollectionPage in the site graph`, async ({
    page,
  }) => {
    await page.goto(tag.path);
    await expect(page.locator('h1')).toHaveText(tag.tag!);
    await expect(page).toHaveTitle(new RegExp(`^${tag.tag!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(absolute(tag.path));
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(tag.tag!);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.locator('a, [aria-current]')).toHaveText(['Home', 'Blog', 'Topics', tag.tag!]);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(tag.tag!);
    const graph = (await jsonLd(page))['@graph'];
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
      'Blog',
      'Topics',
      tag.tag,
    ]);
  });
}

test('an article’s tags link to their tag pages: after its body on every width, in its header from sm up, on its cards', async ({
  browser,
  baseURL,
}) => {
  const article = newestArticle();
  // A phone sees them once, after the article (its first screen keeps to the article's words); a
  // desktop also sees them in the header, above the headline.
  for (const { width, places } of [
    { width: 412, places: ['after the body'] },
    { width: 1280, places: ['in the header', 'after the body'] },
  ]) {
    const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(article.path);
    // The article's own lists, not those of the related reading's cards (articles inside it).
    const lists = page.locator('main article ul[data-tags]:not(article article ul)').filter({ visible: true });
    await expect(lists, `${width} px: ${places.join(', ')}`).toHaveCount(places.length);
    if (places.includes('in the header')) await expect(page.locator('main article header ul[data-tags]')).toBeVisible();
    const last = await lists.last().evaluate((ul) => {
      const body = document.querySelector('main article .prose');
      return !!body && (body.compareDocumentPosition(ul) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(last, 'the last list of tags follows the article’s body').toBe(true);
    for (const list of await lists.all()) {
      await expect(list.getByRole('link')).toHaveText([...article.tags]);
      for (const tag of article.tags) {
        const href = await list.getByRole('link', { name: tag, exact: true }).getAttribute('href');
        expect(TAGS.map((t) => t.path)).toContain(href);
        expect(LISTINGS.find((l) => l.path === href)?.tag?.toLowerCase()).toBe(tag.toLowerCase());
      }
    }
    await context.close();
  }
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/blog');
  const card = page.locator('main li article').filter({ has: page.getByRole('link', { name: article.headline }) });
  await expect(card.locator('ul[data-tags] a')).toHaveText([...article.tags]);
  await context.close();
});
