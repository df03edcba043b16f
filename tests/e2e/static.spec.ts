import { expect, test } from '@playwright/test';
import { localPath, sitemapUrls } from './helpers';

// Static pages carry no framework runtime: HTML, CSS, JSON-LD, and on the article one small
// self-hosted script that only enhances the table of contents.
const PAGES = [...sitemapUrls().map(localPath), '/no-such-page'];
const ENHANCEMENTS: Record<string, string[]> = { '/blog/ai-systems-architect-role': ['/scripts/toc.js'] };

for (const path of PAGES) {
  test(`${path} loads no framework JavaScript and holds no inline executable script`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual(ENHANCEMENTS[path] ?? []);
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((els) => els.map((s) => s.getAttribute('type') ?? '').filter((t) => t !== 'application/ld+json'));
    expect(inline).toEqual([]);
    const html = await (await page.request.get(path)).text();
    expect(html).not.toMatch(/\/_next\/[^"']+\.js|self\.__next_f|TURBOPACK/);
  });
}

test('links are ordinary links: the header navigation loads the next page', async ({ page }) => {
  await page.goto('/blog/ai-systems-architect-role');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Writing' }).click();
  await expect(page).toHaveURL(/\/blog$/);
  await expect(page.locator('h1')).toHaveText('Writing');
  await page.getByRole('link', { name: /^What an AI Systems Architect Actually Does/ }).click();
  await expect(page.locator('h1')).toHaveText(/^What an AI Systems Architect Actually Does/);
});

test('out/ holds no RSC payloads or framework scripts, and keeps robots.txt and llms.txt', async ({ request }) => {
  for (const path of ['/index.txt', '/blog.txt', '/blog/ai-systems-architect-role.txt', '/__next._full.txt']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const path of ['/robots.txt', '/llms.txt', '/feed.xml', '/sitemap.xml', '/blog/ai-systems-architect-role.md']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});
