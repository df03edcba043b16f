import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { site } from '@/content/site';
import { featuredArticle } from '@/lib/content';
import { ARTICLES } from './helpers';

test('the home page leads with the featured article (else the newest), one click away', async ({ page }) => {
  const newest = featuredArticle()!;
  await page.goto('/');
  await page.getByRole('link', { name: newest.headline, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === newest.path);
  await expect(page.locator('h1')).toHaveText(newest.headline);
});

test('the blog index lists the newest published articles, a page’s worth, newest first', async ({ page }) => {
  const first = ARTICLES.slice(0, site.articlesPerPage);
  await page.goto('/blog');
  const links = page.locator('main li h2 a');
  await expect(links).toHaveText(first.map((a) => a.headline));
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(first.map((a) => a.path));
});

test('an unknown address gets the site’s own not-found page with a 404 status', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto('/no-such-page');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('title')).toHaveCount(1);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('link', { name: 'All writing' })).toHaveAttribute('href', '/blog');
  expect(errors).toEqual([]);
});

test('the not-found page is served only as the 404: no /_not-found page in out/', async ({ request }) => {
  for (const path of ['/_not-found', '/_not-found.html']) expect((await request.get(path)).status(), path).toBe(404);
  expect(existsSync('out/_not-found.html') || existsSync('out/_not-found')).toBe(false);
});
