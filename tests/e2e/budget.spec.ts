import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import type { RootContent } from 'mdast';
import type { Article } from '@/lib/content';
import { referenceHtml } from '../seed/reference.mjs';
import { CASE_STUDIES, cellsOf, CONTENT_PAGES, newestArticle, words } from './helpers';

// Byte budgets, gzip -9, set from measurement with a little headroom (docs/performance.md).
// What the site adds is fixed (CSS, the one script, the page chrome) or grows with the words
// (markup around each block, the contents, the JSON-LD), so the page budgets are per byte of the
// article's words plus a fixed allowance: the words are measured as the physical limit, the
// same words as one hand-written HTML file with a little inline CSS (tests/seed/reference.mjs).
// For the pillar article (reference 5,240 bytes) they come to just under the 12 KB and 4× the
// reference they were when they were written for it alone; a short or a long article gets its own.
const KB = 1024;
export const BUDGET = {
  // Measured 9,804 bytes for the pillar (5,240 of words), 4,422 for the fixture article (839):
  // 1.2× the words + 3.4 KB. Before the runtime was removed the pillar's was 19.4 KB.
  articleHtml: { perWordByte: 1.5, fixed: 4.3 * KB },
  css: 7 * KB, // measured 5.6 KB
  siteJs: 1.5 * KB, // measured 0.6 KB: /scripts/toc.js, the only script the site adds
  // Everything the article page downloads: measured 16.1 KB for the pillar (3.1× its words).
  articleTotal: { perWordByte: 1.5, fixed: 12.75 * KB },
  // The images a content page loads on a phone (the about page's portrait), measured apart from
  // its words: a photo's bytes are the author's, not the template's. The image budget of
  // `npm run bench:media` (tests/bench/media.mjs): 60 KiB on a phone.
  pageImages: 60 * KB,
};

// The budgets hold for the newest article (the one the home page features): the costs the pages
// share show on any of them, and one page is what each reader downloads.
const ARTICLE = newestArticle().path;

/** What a page built from content says: its h1 and its sections (an article, a page, a case study). */
type Words = Pick<Article, 'headline' | 'sections'>;

/**
 * An article's words in the plain-text format of the pillar's seed (tests/seed/): per
 * section its eyebrow and title, then a line per block, tables as | rows, a quick answer as the
 * line "Quick answer" and its text. For the pillar this is the seed, line for line.
 */
function seedFormat(article: Words): string {
  const lines: string[] = [];
  const add = (nodes: readonly RootContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'table') {
        const { header, rows } = cellsOf(n);
        const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
        lines.push(row(header), `|${'---|'.repeat(header.length)}`, ...rows.map(row));
      } else if (n.type === 'mdxJsxFlowElement') {
        if (n.name === 'QuickAnswer') lines.push('Quick answer');
        add(n.children as RootContent[]);
      } else if (n.type === 'list') lines.push(...n.children.map(words));
      else if (words(n)) lines.push(words(n));
    }
  };
  for (const section of article.sections) {
    lines.push(section.eyebrow, section.title);
    add(section.tree.children);
  }
  return lines.join('\n');
}

/** The physical limit for an article page: its words as one hand-written HTML file, gzip -9. */
const referenceBytes = (article: Words) =>
  gzipSync(referenceHtml(seedFormat(article), article.headline), { level: 9 }).length;

/** A page budget for an article: so many bytes per byte of its words, plus the fixed allowance. */
const budgetFor = ({ perWordByte, fixed }: { perWordByte: number; fixed: number }, article: Words) =>
  Math.round(perWordByte * referenceBytes(article) + fixed);

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

test(`the article's HTML is under ${BUDGET.articleHtml.perWordByte}× its words + ${BUDGET.articleHtml.fixed / KB} KB, gzipped`, async ({
  page,
}) => {
  const html = (await downloads(page, ARTICLE)).filter((r) => r.type === 'document');
  expect(html).toHaveLength(1);
  expect(sum(html)).toBeLessThanOrEqual(budgetFor(BUDGET.articleHtml, newestArticle()));
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

test(`everything the article downloads is under ${BUDGET.articleTotal.perWordByte}× its words + ${BUDGET.articleTotal.fixed / KB} KB, gzipped`, async ({
  page,
}) => {
  const all = await downloads(page, ARTICLE);
  expect(all.map((r) => r.type).sort()).toEqual(['document', 'other', 'script', 'stylesheet']);
  expect(sum(all)).toBeLessThanOrEqual(budgetFor(BUDGET.articleTotal, newestArticle()));
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

// The pages built from content that are not articles (services, about, case studies) share the
// article's template pieces without its contents and script: the same budgets hold for each.
for (const content of [...CONTENT_PAGES, ...CASE_STUDIES]) {
  test(`${content.path}: HTML under ${BUDGET.articleHtml.perWordByte}× its words + ${BUDGET.articleHtml.fixed / KB} KB, everything but images under ${BUDGET.articleTotal.perWordByte}× + ${BUDGET.articleTotal.fixed / KB} KB and images under ${BUDGET.pageImages / KB} KB, gzipped, with no script`, async ({
    page,
  }) => {
    const all = await downloads(page, content.path);
    const html = all.filter((r) => r.type === 'document');
    expect(html).toHaveLength(1);
    expect(sum(html)).toBeLessThanOrEqual(budgetFor(BUDGET.articleHtml, content));
    expect(all.filter((r) => r.type === 'script')).toEqual([]);
    expect(sum(all.filter((r) => r.type === 'stylesheet'))).toBeLessThanOrEqual(BUDGET.css);
    const images = all.filter((r) => r.type === 'image');
    expect(sum(all) - sum(images)).toBeLessThanOrEqual(budgetFor(BUDGET.articleTotal, content));
    expect(sum(images)).toBeLessThanOrEqual(BUDGET.pageImages);
  });
}
