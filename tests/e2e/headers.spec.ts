import { expect, test } from '@playwright/test';
import { newestArticle } from './helpers';

// The server applies out/_headers as the CDN would (tests/static-server.mjs).

test('hashed assets are cached for a year, pages revalidate, other files an hour', async ({ page, request }) => {
  const hashed: string[] = [];
  page.on('request', (r) => r.url().includes('/_next/static/') && hashed.push(new URL(r.url()).pathname));
  const article = newestArticle();
  const res = await page.goto(article.path);
  // No _headers rule sets it for pages: this is the host default, which the test server sends as
  // Cloudflare Pages and Netlify do. Any other value (or two joined) would mean a rule matched.
  expect(res!.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  expect(hashed.length).toBeGreaterThan(0);
  const cacheControl = async (path: string) => (await request.get(path)).headers()['cache-control'];
  expect(await cacheControl(hashed[0]!)).toBe('public, max-age=31536000, immutable');
  for (const path of ['/', '/blog', '/no-such-page'])
    expect(await cacheControl(path), path).toBe('public, max-age=0, must-revalidate');
  for (const path of [
    '/feed.xml',
    '/sitemap.xml',
    `${article.path}.md`,
    `${article.path}/cover-og.png`,
    '/icons/icon-192.png',
    '/scripts/toc.js',
  ])
    expect(await cacheControl(path), path).toBe('public, max-age=3600');
});

test('/search’s policy is every other page’s plus exactly wasm-unsafe-eval, for Pagefind', async ({ request }) => {
  const csp = async (path: string) => (await request.get(path)).headers()['content-security-policy'];
  const siteWide = await csp('/blog');
  expect(siteWide).toMatch(/script-src 'self'[;\s]/);
  expect(await csp('/search')).toBe(siteWide!.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
});
