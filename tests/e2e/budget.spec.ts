import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { referenceGzipBytes } from '../seed/reference.mjs';

// Byte budgets, gzip -9, set from measurement with a little headroom (docs/performance.md).
const KB = 1024;
export const BUDGET = {
  articleHtml: 12 * KB, // measured 9.6 KB on 2026-11-24 (19.4 KB before the runtime was removed)
  css: 7 * KB, // measured 5.6 KB
  siteJs: 1.5 * KB, // measured 0.6 KB: /scripts/toc.js, the only script the site adds
  // Everything the article page downloads, against the physical limit: the same words as one
  // hand-written HTML file with a little inline CSS (tests/seed/reference.mjs). Measured 3.1×.
  articleTotal: 4 * referenceGzipBytes(),
};

const ARTICLE = '/blog/ai-systems-architect-role';
const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Every response the page loads, with its resource type and gzip size. */
async function downloads(page: Page, path: string) {
  const responses: { url: string; type: string; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    pending.push(
      res.body().then(
        (body) => void responses.push({ url: res.url(), type: res.request().resourceType(), gzip: gz(body) }),
        () => undefined,
      ),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return responses;
}

const sum = (xs: { gzip: number }[]) => xs.reduce((n, x) => n + x.gzip, 0);

test(`the article's HTML is under ${BUDGET.articleHtml} bytes gzipped`, async ({ page }) => {
  const html = (await downloads(page, ARTICLE)).filter((r) => r.type === 'document');
  expect(html).toHaveLength(1);
  expect(sum(html)).toBeLessThanOrEqual(BUDGET.articleHtml);
});

test(`the article's CSS is under ${BUDGET.css} bytes gzipped`, async ({ page }) => {
  const css = (await downloads(page, ARTICLE)).filter((r) => r.type === 'stylesheet');
  expect(css.length).toBeGreaterThan(0);
  expect(sum(css)).toBeLessThanOrEqual(BUDGET.css);
});

test(`the JavaScript the site adds beyond the framework is under ${BUDGET.siteJs} bytes gzipped`, async ({ page }) => {
  const ours = (await downloads(page, ARTICLE)).filter(
    (r) => r.type === 'script' && !new URL(r.url).pathname.startsWith('/_next/'),
  );
  expect(ours.map((r) => new URL(r.url).pathname)).toEqual(['/scripts/toc.js']);
  expect(sum(ours)).toBeLessThanOrEqual(BUDGET.siteJs);
});

test(`everything the article downloads is under ${BUDGET.articleTotal} bytes gzipped (4× the hand-written page)`, async ({
  page,
}) => {
  const all = await downloads(page, ARTICLE);
  expect(all.map((r) => r.type).sort()).toEqual(['document', 'other', 'script', 'stylesheet']);
  expect(sum(all)).toBeLessThanOrEqual(BUDGET.articleTotal);
});

test('no component is a client component: the framework bundle carries no code of ours', () => {
  const files = ['app', 'components'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(tsx?|jsx?)$/.test(f))
      .map((f) => join(dir, f)),
  );
  expect(files.length).toBeGreaterThan(10);
  expect(files.filter((f) => /^\s*['"]use client['"]/m.test(readFileSync(f, 'utf8')))).toEqual([]);
});
