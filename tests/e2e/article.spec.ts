import { expect, test, type Page } from '@playwright/test';
import type { Article } from '@/lib/content';
import { MIME } from '@/lib/media';
import {
  absolute,
  ARTICLES,
  articlesWith,
  blocksOf,
  cellsOf,
  childTexts,
  CONTENT_DIR,
  componentsIn,
  hrefOf,
  jsonLd,
  linksIn,
  missingInOrder,
  normalize,
  ORIGIN,
  sectionOnPage,
  tablesIn,
  words,
  ZONED,
  type JsonLdNode,
} from './helpers';

// Every published article, each checked against what the loader read from its files: the page
// must show all of it, in order, and its JSON-LD must say the same. Nothing here names an article
// or counts its parts; the counts are the loader's.

const graph = async (page: Page) => (await jsonLd(page))['@graph'];

const node = (nodes: JsonLdNode[], type: string) => {
  const found = nodes.filter((n) => n['@type'] === type);
  expect(found, `one ${type} node`).toHaveLength(1);
  return found[0]!;
};

/** The visible FAQ of an article: each h3 of its FAQ section and the blocks up to the next h3. */
async function visibleFaq(page: Page, article: Article) {
  const faqSection = article.sections.find((s) => s.faq)!;
  const pairs: { question: string; answer: string }[] = [];
  let inQuestions = false;
  for (const { tag, text } of await childTexts(sectionOnPage(page, faqSection))) {
    if (tag === 'H3') {
      inQuestions = true;
      pairs.push({ question: text, answer: '' });
    } else if (inQuestions) pairs.at(-1)!.answer = normalize(`${pairs.at(-1)!.answer} ${text}`);
  }
  return pairs;
}

// Each feature tested below per article, compared with the loader's count (none included), is
// also used by at least one article: otherwise its test would compare nothing with nothing.
for (const feature of ['subsections', 'table', 'quickAnswer', 'link'] as const) articlesWith(feature);

// Without one, every per-article test below would vanish and the suite pass (seo.spec checks
// that the sitemap lists exactly these articles).
test('the content has a published article to test', () => {
  expect(
    ARTICLES.map((a) => a.path),
    `${CONTENT_DIR}/ holds no published article`,
  ).not.toEqual([]);
});

for (const article of ARTICLES) {
  test.describe(`article ${article.path}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(article.path);
    });

    test('has one h1, the headline, and its sections’ eyebrows, headings and ids in order', async ({ page }) => {
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(article.headline);
      const h2 = page.locator('main article section[aria-labelledby] > h2');
      expect(await h2.allTextContents()).toEqual(article.sections.map((s) => s.title));
      expect(await h2.evaluateAll((hs) => hs.map((h) => h.id))).toEqual(article.sections.map((s) => s.id));
      const eyebrows = page.locator('main article section[aria-labelledby] > p.eyebrow');
      expect(await eyebrows.allTextContents()).toEqual(article.sections.map((s) => s.eyebrow));
    });

    test('gives each ### subsection the loader’s id, in order, as an h3 that links to itself', async ({ page }) => {
      for (const section of article.sections) {
        const h3 = await sectionOnPage(page, section)
          .locator('h3')
          .evaluateAll((hs) =>
            hs.map((h) => ({
              id: h.id,
              title: h.textContent ?? '',
              selfLink: h.querySelector(`a[href="#${h.id}"]`) !== null,
            })),
          );
        expect(h3, section.title).toEqual(section.subsections.map(({ id, title }) => ({ id, title, selfLink: true })));
      }
    });

    test('renders the tables of its MDX with their header cells (scope=col) and rows', async ({ page }) => {
      const tables = await page.locator('main table').evaluateAll((ts) =>
        ts.map((t) => ({
          header: [...t.querySelectorAll('thead th')].map((th) => [th.textContent?.trim(), th.getAttribute('scope')]),
          rows: [...t.querySelectorAll('tbody tr')].map((tr) =>
            [...tr.querySelectorAll('td, th')].map((c) => c.textContent?.trim()),
          ),
        })),
      );
      const expected = article.sections.flatMap(tablesIn).map(cellsOf);
      expect(tables).toEqual(expected.map((t) => ({ header: t.header.map((h) => [h, 'col']), rows: t.rows })));
    });

    test('shows each <QuickAnswer> as a callout labelled by its lead', async ({ page }) => {
      const answers = page.locator('main article aside[aria-label^="Quick answer: "]');
      // Label and answer, each as its own block.
      const shown = await answers.evaluateAll((asides) =>
        asides.map((a) => ({
          label: a.getAttribute('aria-label'),
          blocks: [...a.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
        })),
      );
      const expected = article.sections
        .flatMap((s) => componentsIn(s, 'QuickAnswer'))
        .map((qa) => words(qa))
        .map((text) => ({ label: `Quick answer: ${text.split(':')[0]!.trim()}`, blocks: ['Quick answer', text] }));
      expect(shown).toEqual(expected);
    });

    test('links every link of its MDX with its words, site: links to the URLs in content/site.ts', async ({ page }) => {
      for (const section of article.sections) {
        const links = await sectionOnPage(page, section)
          .locator('a')
          .evaluateAll((as) =>
            as
              // Footnote numbers and their way back are made by the page, not written as links.
              .filter((a) => !a.closest('h2, h3') && !a.matches('[data-footnote-ref], [data-footnote-backref]'))
              .map((a) => ({ text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') })),
          );
        expect(links, section.title).toEqual(linksIn(section).map((l) => ({ text: words(l), href: hrefOf(l.url) })));
      }
    });

    test('Article JSON-LD matches the page and the article: headline, author, dates, image and url', async ({
      page,
      request,
    }) => {
      const posting = node(await graph(page), 'BlogPosting');
      expect(posting.headline).toBe(article.headline);
      expect(posting.headline).toBe(await page.locator('h1').textContent());
      expect(posting.url).toBe(absolute(article.path));
      expect(posting.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
      expect((posting.author as { name: string }).name).toBe(article.author.name);
      expect(posting.wordCount).toBe(article.wordCount);
      expect(posting.datePublished).toBe(article.published);
      expect(posting.dateModified).toBe(article.updated);
      expect(posting.datePublished).toMatch(ZONED);
      expect(posting.dateModified).toMatch(ZONED);
      const times = await page
        .locator('main article header time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      expect(times).toEqual([article.published, article.updated]);
      const images = (posting.image as { url: string }[]).map((i) => i.url);
      expect(images.length).toBeGreaterThan(0);
      for (const url of images) {
        expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
        const res = await request.get(url.replace(ORIGIN, ''));
        expect(res.status(), url).toBe(200);
        // The drawn covers are PNG; the crops of a cover photo (cover:) keep its fallback format.
        expect(res.headers()['content-type']).toBe(
          article.coverPhoto ? MIME[article.coverPhoto['16x9'].format] : 'image/png',
        );
      }
    });

    test('head carries its title, description, canonical, Open Graph article tags and a Twitter card', async ({
      page,
    }) => {
      const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
      await expect(page).toHaveTitle(article.title);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(absolute(article.path));
      expect(await meta('meta[name="description"]')).toBe(article.description);
      expect(await meta('meta[property="og:type"]')).toBe('article');
      expect(await meta('meta[property="og:url"]')).toBe(absolute(article.path));
      expect(await meta('meta[property="article:published_time"]')).toBe(article.published);
      expect(await meta('meta[property="article:modified_time"]')).toBe(article.updated);
      expect(await meta('meta[property="article:author"]')).toBe(absolute(article.author.path));
      const tags = await page
        .locator('meta[property="article:tag"]')
        .evaluateAll((m) => m.map((e) => e.getAttribute('content')));
      expect(tags).toEqual(article.tags);
      // The crop of the article's cover photo when it names one (cover:), else its drawn cover.
      expect(await meta('meta[property="og:image"]')).toBe(
        absolute(article.coverPhoto?.og.path ?? `${article.path}/cover-og.png`),
      );
      expect(await meta('meta[property="og:image:width"]')).toBe('1200');
      expect(await meta('meta[property="og:image:height"]')).toBe('630');
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    });
  });

  test(`${article.path}: every word of every section is on the page, in order, with JavaScript disabled`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}${article.path}`);
    for (const section of article.sections) {
      const blocks = blocksOf(section);
      // The blocks looked for are the loader's whole section.text, nothing left out.
      expect(normalize(blocks.join(' ')), `${section.name}: blocksOf reads all of section.text`).toBe(
        normalize(section.text),
      );
      await expect(sectionOnPage(page, section)).toBeVisible();
      const shown = (await childTexts(sectionOnPage(page, section))).map((c) => c.text).join(' ');
      expect(missingInOrder(normalize(shown), blocks), `${section.name}: blocks missing from the page`).toEqual([]);
    }
    await context.close();
  });
}

const withFaq = articlesWith('faq');
for (const article of withFaq) {
  test(`${article.path}: FAQPage JSON-LD holds its questions and answers, as shown, word for word`, async ({
    page,
  }) => {
    await page.goto(article.path);
    const expected = article.faq.map(({ question, answer }) => ({ question, answer }));
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleFaq(page, article)).toEqual(expected.map((e) => ({ ...e, answer: normalize(e.answer) })));
    const questions = node(await graph(page), 'FAQPage').mainEntity as {
      '@type': string;
      name: string;
      url: string;
      acceptedAnswer: { '@type': string; text: string };
    }[];
    expect(questions.map((q) => ({ question: q.name, answer: q.acceptedAnswer.text }))).toEqual(expected);
    expect(questions.map((q) => q.url)).toEqual(article.faq.map((f) => `${absolute(article.path)}#${f.id}`));
    expect(questions.every((q) => q['@type'] === 'Question' && q.acceptedAnswer['@type'] === 'Answer')).toBe(true);
  });
}

for (const article of ARTICLES.filter((a) => !withFaq.includes(a))) {
  test(`${article.path}: has no FAQ, so no FAQPage JSON-LD`, async ({ page }) => {
    await page.goto(article.path);
    expect((await graph(page)).filter((n) => n['@type'] === 'FAQPage')).toEqual([]);
  });
}
