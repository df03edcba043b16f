import { expect, test, type Page } from '@playwright/test';
import { site } from '@/content/site';
import { contactChannels } from '@/lib/contact';
import { callToAction } from '@/lib/navigation';
import { danglingRefs } from '@/lib/schema/validate';
import {
  absolute,
  ARTICLES,
  hrefOf,
  CASE_STUDIES,
  CONTENT_PAGES,
  jsonLd,
  normalize,
  ORIGIN,
  type JsonLdNode,
} from './helpers';

// The marketing pages and case studies, each tested from what the loader read: every name and
// price in their JSON-LD is on the page, every node links by @id into the site's graph.

const types = (n: { '@type'?: unknown }) => [n['@type']].flat();
const node = (graph: JsonLdNode[], type: string) => graph.find((n) => types(n).includes(type));
const personId = () => `${ORIGIN}/#${Object.keys(site.authors)[0]}`;
/** What a reader sees in the main content, whitespace collapsed. */
const mainText = async (page: Page) => normalize(await page.locator('main').innerText());
const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

const SERVICES = CONTENT_PAGES.filter((p) => p.kind === 'service');
const PROFILES = CONTENT_PAGES.filter((p) => p.kind === 'profile');

test('the content has a service page and an about page, so the tests of them check something', () => {
  expect(SERVICES.map((p) => p.path)).not.toEqual([]);
  expect(PROFILES.map((p) => p.path)).not.toEqual([]);
});

for (const service of SERVICES) {
  test(`${service.path}: a Service by the Person with an Offer per row of its table, each a price card on the page`, async ({
    page,
  }) => {
    await page.goto(service.path);
    const doc = await jsonLd(page);
    expect(danglingRefs(doc)).toEqual([]);
    const node_ = node(doc['@graph'], 'Service')!;
    expect(node_.provider).toEqual({ '@id': personId() });
    expect(node(doc['@graph'], 'Person')?.['@id']).toBe(personId());
    expect(node(doc['@graph'], 'WebPage')?.about).toEqual({ '@id': node_['@id'] });
    const text = await mainText(page);
    expect(text).toContain(node_.name);
    const offers = node_.offers as {
      name: string;
      description?: string;
      offeredBy: { '@id': string };
      priceSpecification: {
        priceCurrency: string;
        minPrice: number;
        maxPrice: number;
        description: string;
        unitText?: string;
      };
    }[];
    expect(offers.map((o) => o.name)).toEqual(service.offers.map((o) => o.name));
    // Only what the author sells: a full-time hire is the comparison the page draws, never an offer.
    expect(offers.map((o) => o.name).filter((name) => /full[- ]?time/i.test(name))).toEqual([]);
    for (const offer of offers) {
      const spec = offer.priceSpecification;
      expect(offer.offeredBy).toEqual({ '@id': personId() });
      expect(spec.priceCurrency).toBe('USD');
      for (const words of [offer.name, offer.description, spec.description, usd(spec.minPrice), usd(spec.maxPrice)])
        if (words !== undefined) expect(text, `"${words}" is on the page`).toContain(words);
      if (spec.unitText) expect(spec.description).toContain(spec.unitText);
    }
    // The offers are the table's rows, shown as price cards in the section holding the table: each
    // card names one, with its price under the table's price label.
    const cards = await page
      .locator(`section[aria-labelledby="${service.offers[0]!.sectionId}"] li:has(> h3)`)
      .evaluateAll((lis) =>
        lis.map((li) => ({
          name: li.querySelector('h3')!.textContent!.trim(),
          text: li.textContent!.replace(/\s+/g, ' ').trim(),
        })),
      );
    expect(cards.map((c) => c.name)).toEqual(offers.map((o) => o.name));
    for (const [i, offer] of offers.entries()) {
      expect(cards[i]!.text, offer.name).toContain(offer.priceSpecification.description);
      expect(cards[i]!.text, offer.name).toContain(service.offers[i]!.priceLabel);
    }
  });

  test(`${service.path}: its contact section shows each channel of content/site.ts, and is left out while none is set`, async ({
    page,
  }) => {
    await page.goto(service.path);
    const id = new URL(site.links.contact, ORIGIN).hash.slice(1);
    const section = page.locator(`section[aria-labelledby="${id}"]`);
    const channels = contactChannels();
    await expect(section).toHaveCount(channels.length > 0 ? 1 : 0);
    for (const c of channels)
      if (c.form) await expect(section.locator(`form[method="post"][action="${c.form}"]`)).toHaveCount(1);
      else await expect(section.locator(`a[href="${c.href}"]`)).toHaveText(c.text);
  });
}

for (const profile of PROFILES) {
  test(`${profile.path}: a ProfilePage whose mainEntity is the Person, linking to the latest writing`, async ({
    page,
  }) => {
    await page.goto(profile.path);
    const doc = await jsonLd(page);
    expect(danglingRefs(doc)).toEqual([]);
    const profilePage = node(doc['@graph'], 'ProfilePage')!;
    expect(profilePage.url).toBe(absolute(profile.path));
    expect(profilePage.mainEntity).toEqual({ '@id': personId() });
    const person = node(doc['@graph'], 'Person')!;
    const text = await mainText(page);
    expect(text).toContain(person.name);
    expect(text).toContain(profile.headline);
    // The Person's description is the page's lead, which a reader sees.
    expect(person.description).toBe(profile.description);
    expect(text).toContain(normalize(profile.description));
    const writing = page.getByRole('region', { name: 'Writing' });
    for (const article of ARTICLES.slice(0, 5))
      await expect(writing.getByRole('link', { name: article.headline, exact: true })).toHaveAttribute(
        'href',
        article.path,
      );
  });
}

for (const study of CASE_STUDIES) {
  test(`case study ${study.path}: Article and BreadcrumbList JSON-LD, and its measured figures on the page`, async ({
    page,
  }) => {
    await page.goto(study.path);
    const doc = await jsonLd(page);
    expect(danglingRefs(doc)).toEqual([]);
    const article = node(doc['@graph'], 'Article')!;
    expect(article.headline).toBe(study.headline);
    expect(article.datePublished).toBe(study.published);
    expect(article.dateModified).toBe(study.updated);
    expect((article.author as { '@id': string })['@id']).toBe(personId());
    const crumbs = node(doc['@graph'], 'BreadcrumbList')!.itemListElement as { name: string }[];
    expect(crumbs.map((c) => c.name).at(-1)).toBe(study.headline);
    await expect(page.locator('h1')).toHaveText(study.headline);
    const text = await mainText(page);
    for (const f of study.figures) {
      expect(text).toContain(f.value);
      expect(text).toContain(f.label);
    }
    for (const s of study.sections) await expect(page.locator(`h2#${s.id}`)).toHaveText(s.title);
  });
}

test('the case studies index lists every case study built here and every one declared as served elsewhere', async ({
  page,
}) => {
  await page.goto('/case-studies');
  const hrefs = await page.locator('main li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  // Those served elsewhere, on the production origin (a path would be a 404 in every other build).
  const declared = site.elsewhere.filter((e) => e.path.startsWith('/case-studies/')).map((e) => hrefOf(e.path));
  expect(hrefs).toEqual([...CASE_STUDIES.map((c) => c.path), ...declared]);
  // Its ItemList JSON-LD lists what the page lists, in the same order, as absolute URLs.
  const collection = node((await jsonLd(page))['@graph'], 'CollectionPage')!;
  const items = (collection.mainEntity as { itemListElement: { url: string; position: number }[] }).itemListElement;
  expect(items.map((i) => i.url)).toEqual(hrefs.map((href) => (href!.startsWith('/') ? absolute(href!) : href)));
  expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
});

test('the header links to every section, each a page of the site, and marks the one a page is in', async ({ page }) => {
  const sections = [
    ['Writing', '/blog'],
    ['Services', site.links.aiSystemsArchitecture],
    ['Case studies', '/case-studies'],
    ['About', site.links.about],
    ['Search', '/search'],
  ] as const;
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(sections.map(([name]) => name));
  await expect(nav.locator('[aria-current]')).toHaveCount(0);
  for (const [name, href] of sections) {
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
  // Its own page: "page"; a page inside it (an article in Writing, a tag's page): "true".
  for (const [path, name, current] of [
    ['/blog', 'Writing', 'page'],
    [ARTICLES[0]!.path, 'Writing', 'true'],
    ['/blog/tags', 'Writing', 'true'],
    [site.links.aiSystemsArchitecture, 'Services', 'page'],
    ['/search', 'Search', 'page'],
  ] as const) {
    await page.goto(path);
    await expect(nav.locator('[aria-current]'), path).toHaveCount(1);
    await expect(nav.getByRole('link', { name, exact: true }), path).toHaveAttribute('aria-current', current);
  }
});

test('every call to action leads to a page and a place that exist: the contact section, or the offer while no channel is set', async ({
  page,
}) => {
  const cta = callToAction();
  expect(cta.href).toBe(contactChannels().length > 0 ? site.links.contact : site.links.aiSystemsArchitecture);
  for (const from of ['/', ARTICLES[0]!.path, '/no-such-page']) {
    await page.goto(from);
    expect(await page.locator(`a[href="${cta.href}"]`).count(), from).toBeGreaterThan(0);
  }
  const [path, id] = cta.href.split('#') as [string, string | undefined];
  await page.goto(path);
  await expect(page.locator('h1')).toHaveCount(1);
  if (id) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});
