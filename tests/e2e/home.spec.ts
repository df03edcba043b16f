import { expect, test, type Locator } from '@playwright/test';
import { site } from '@/content/site';
import { featuredArticle, siteOwner } from '@/lib/content';
import { caseStudyCards } from '@/lib/listing/case-studies';
import { ARTICLES, CASE_STUDIES, CONTENT_PAGES, hrefOf, jsonLd, normalize } from './helpers';

// The home page sells: who he is and for whom in the first screen of a phone, with the call to
// action; the proof; the ways to work together; the latest writing; the width of a desktop used.
// (axe, light and dark at 375 and 1280 px, and no sideways scroll at 320 px: reading.spec.ts, for
// every page of the sitemap, the home page included.)

const PHONE = { width: 375, height: 667 };
const owner = siteOwner();

/** The box of an element, in px from the top-left of the first screen. */
const box = async (locator: Locator) => (await locator.boundingBox())!;

test('one h1, his name; job title, promise, audience and the call to action all on the first phone screen', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText(owner.name);
  const main = page.locator('main');
  const cta = main.getByRole('link', { name: site.home.cta, exact: true });
  await expect(cta).toHaveAttribute('href', site.links.aiSystemsArchitecture);
  for (const [what, locator] of [
    ['job title', main.getByText(owner.jobTitle, { exact: true })],
    ['name', page.locator('h1')],
    ['promise', main.getByText(site.description, { exact: true })],
    ['audience', main.getByText(site.home.audience, { exact: true })],
    ['call to action', cta],
  ] as const) {
    await expect(locator, what).toBeVisible();
    const { y, height } = await box(locator);
    expect(y + height, `${what} ends within the first ${PHONE.height}px`).toBeLessThanOrEqual(PHONE.height);
  }
  await context.close();
});

test('proof: the case-study figure, linked to the case study', async ({ page }) => {
  await page.goto('/');
  const { proof } = site.home;
  const study = caseStudyCards(CASE_STUDIES).find((c) => c.href === hrefOf(`site:${proof.link}`));
  expect(study?.figure, 'the proof names a case study with a headline figure').toBeDefined();
  const figure = page.locator('main #proof-figure');
  await expect(figure).toHaveText(`${study!.figure!.value} ${study!.figure!.label}`, { useInnerText: true });
  await expect(page.getByText(proof.context, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: proof.linkText, exact: true })).toHaveAttribute(
    'href',
    hrefOf(`site:${proof.link}`),
  );
});

test('each way to work together is an offer of the services page, with its price, linking to it', async ({ page }) => {
  const service = CONTENT_PAGES.find((p) => p.kind === 'service')!;
  await page.goto('/');
  const region = page.getByRole('region', { name: site.home.engagementsTitle });
  const links = region.locator('h3 a');
  await expect(links).toHaveText(service.offers.map((o) => o.name));
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    service.offers.map((o) => `${service.path}#${o.sectionId}`),
  );
  for (const offer of service.offers) await expect(region.getByText(offer.price.text, { exact: true })).toBeVisible();
  await expect(region.getByRole('link', { name: site.home.receive.linkText })).toHaveAttribute(
    'href',
    `${service.path}#${site.home.receive.section}`,
  );
  // Each card's link covers the card: a tap anywhere on it follows the link.
  const first = region.locator('li').first();
  await first.scrollIntoViewIfNeeded();
  const { x, y } = await box(first);
  const hit = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px!, py!)?.closest('a')?.textContent,
    [x + 8, y + 8],
  );
  expect(hit).toBe(service.offers[0]!.name);
});

test('latest writing: the featured article first, then the newest others, as the loader reads them', async ({
  page,
}) => {
  await page.goto('/');
  const featured = featuredArticle()!;
  const expected = [featured, ...ARTICLES.filter((a) => a.slug !== featured.slug)].slice(0, site.home.writingCount);
  const region = page.getByRole('region', { name: site.home.writingTitle });
  const links = region.locator('h3 a');
  await expect(links).toHaveText(expected.map((a) => a.headline));
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected.map((a) => a.path));
  await expect(region.getByRole('link', { name: 'All writing', exact: true })).toHaveAttribute('href', '/blog');
  // The secondary call to action leads here.
  await page.getByRole('link', { name: site.home.readCta, exact: true }).click();
  await expect(page).toHaveURL(/#writing$/);
});

test('at 1280px the page uses the width: the hero and the proof side by side, the offers side by side', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  const hero = await box(page.locator('main h1'));
  const proof = await box(page.locator('main #proof-figure'));
  expect(proof.x, 'the proof stands right of the name').toBeGreaterThan(hero.x + hero.width);
  expect(proof.y, 'and beside it, not below the hero').toBeLessThan(hero.y + 300);
  for (const title of [site.home.engagementsTitle]) {
    const tops = await page
      .getByRole('region', { name: title })
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
    const perRow = Math.max(...[...new Set(tops)].map((t) => tops.filter((x) => x === t).length));
    expect(perRow, `${title}: cards in a row`).toBeGreaterThanOrEqual(Math.min(2, tops.length));
  }
  await context.close();
});

test('on a phone it is one column: every block below the one before', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  const cta = await box(page.locator('main').getByRole('link', { name: site.home.cta, exact: true }));
  const proof = await box(page.locator('main #proof-figure'));
  expect(proof.y).toBeGreaterThan(cta.y + cta.height);
  const tops = await page
    .getByRole('region', { name: site.home.engagementsTitle })
    .locator('li')
    .evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top));
  expect(new Set(tops).size).toBe(tops.length);
  await context.close();
});

test('the JSON-LD says only what the page shows: the Person, and the page’s description', async ({ page }) => {
  await page.goto('/');
  const text = normalize(await page.locator('main').innerText());
  const graph = (await jsonLd(page))['@graph'];
  const person = graph.find((n) => n['@type'] === 'Person')!;
  expect(text).toContain(person.name as string);
  expect(text).toContain(person.jobTitle as string);
  const webPage = graph.find((n) => n['@type'] === 'WebPage')!;
  expect(text).toContain(normalize(webPage.description as string));
});
