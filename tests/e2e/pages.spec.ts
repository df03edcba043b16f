import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/blog', '/blog/ai-systems-architect-role'];

for (const path of PAGES) {
  test(`${path} loads with no console errors, one h1 and an absolute canonical`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(path, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `https://mudassirkhan.me${path === '/' ? '' : path}`,
    );
    expect(errors).toEqual([]);
  });
}

test('the home page features the pillar article and leads to contact', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', {
      name: 'What an AI Systems Architect Actually Does (and When You Need One vs. an ML Engineer)',
    })
    .click();
  await expect(page).toHaveURL(/\/blog\/ai-systems-architect-role$/);
});

test('the blog index lists the article', async ({ page }) => {
  await page.goto('/blog');
  await expect(page.locator('main li h2 a')).toHaveText([
    'What an AI Systems Architect Actually Does (and When You Need One vs. an ML Engineer)',
  ]);
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
