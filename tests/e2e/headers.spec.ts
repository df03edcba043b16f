import { expect, test } from '@playwright/test';
import { jsonLd, localPath, newestArticle, sitemapUrls } from './helpers';

// The server applies out/_headers as the CDN would (tests/static-server.mjs).
const PAGES = [...sitemapUrls().map(localPath), '/no-such-page'];

for (const path of PAGES) {
  test(`${path}: security headers applied and zero CSP violations`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const messages: string[] = [];
    page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && messages.push(m.text()));
    const res = await page.goto(path, { waitUntil: 'networkidle' });
    const headers = res!.headers();
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    // Quoted: the keywords themselves. /search alone adds 'wasm-unsafe-eval' (see below).
    expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    if (path !== '/search') expect(headers['content-security-policy']).not.toMatch(/unsafe/);
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(messages).toEqual([]);
    if (path !== '/no-such-page') expect((await jsonLd(page))['@graph'].length).toBeGreaterThan(2);
  });
}

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
