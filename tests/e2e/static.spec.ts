import { expect, test } from '@playwright/test';
import { ARTICLES, newestArticle } from './helpers';

// Static pages carry no framework runtime: HTML, CSS, JSON-LD, and on each article one small
// self-hosted script that only enhances the table of contents (page.spec checks every page's
// scripts). /search alone runs a search script, and loads Pagefind only when asked to search.

test('links are ordinary links: the header navigation loads the next page', async ({ page }) => {
  const article = newestArticle();
  await page.goto(article.path);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Writing' }).click();
  await expect(page).toHaveURL(/\/blog$/);
  await expect(page.locator('h1')).toHaveText('Writing');
  await page.getByRole('link', { name: article.headline, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === article.path);
  await expect(page.locator('h1')).toHaveText(article.headline);
});

test('out/ holds no RSC payloads or framework scripts, and keeps robots.txt and llms.txt', async ({ request }) => {
  expect(ARTICLES.length).toBeGreaterThan(0);
  const payloads = ['/index.txt', '/blog.txt', ...ARTICLES.map((a) => `${a.path}.txt`), '/__next._full.txt'];
  for (const path of payloads) expect((await request.get(path)).status(), path).toBe(404);
  const kept = ['/robots.txt', '/llms.txt', '/feed.xml', '/sitemap.xml', ...ARTICLES.map((a) => `${a.path}.md`)];
  for (const path of kept) expect((await request.get(path)).status(), path).toBe(200);
});

test('/search loads only scripts of its own origin, Pagefind included, even while it searches', async ({
  page,
  baseURL,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => ['script', 'fetch', 'xhr', 'other'].includes(r.resourceType()) && scripts.push(r.url()));
  await page.goto('/search?q=architecture', { waitUntil: 'networkidle' });
  await expect(page.getByRole('status')).not.toBeEmpty();
  const origin = new URL(baseURL!).origin;
  expect(scripts.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(scripts.map((url) => new URL(url).pathname)).toEqual(
    expect.arrayContaining(['/scripts/search.js', '/pagefind/pagefind.js']),
  );
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((els) => els.map((s) => s.getAttribute('type') ?? '').filter((t) => t !== 'application/ld+json'));
  expect(inline).toEqual([]);
});
