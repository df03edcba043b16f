import { expect, test } from '@playwright/test';
import { LISTINGS, newestArticle } from './helpers';

// Where an article's tags show at a phone's and a desktop's width, which needs a browser's layout.
// What each listing page lists, in which order, how its pages link, its head and JSON-LD, and that
// no other page exists are read from out/ by tests/static/listings.test.ts.

const TAGS = LISTINGS.filter((l) => l.kind === 'tag' && !l.path.includes('/page/'));

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
