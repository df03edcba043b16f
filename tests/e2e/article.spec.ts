import { expect, test, type Page } from '@playwright/test';
import { normalize, seedProse, seedSections, seedTables } from '../seed/seed';
import { jsonLd, ORIGIN, ZONED, type JsonLdNode } from './helpers';

const PATH = '/blog/ai-systems-architect-role';

const graph = async (page: Page) => (await jsonLd(page))['@graph'];

const node = (nodes: JsonLdNode[], type: string) => {
  const found = nodes.filter((n) => n['@type'] === type);
  expect(found, `one ${type} node`).toHaveLength(1);
  return found[0]!;
};

test.describe('the pillar article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(PATH);
  });

  test('has one h1, the headline, and the eight section headings in the seed’s order', async ({ page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(
      'What an AI Systems Architect Actually Does (and When You Need One vs. an ML Engineer)',
    );
    const h2 = await page.locator('main article section[aria-labelledby] > h2').allTextContents();
    expect(h2).toEqual(seedSections.map((s) => s.title));
    const eyebrows = await page.locator('main article section[aria-labelledby] > p.eyebrow').allTextContents();
    expect(eyebrows).toEqual(seedSections.map((s) => s.eyebrow));
  });

  test('has linkable h3 subsections: six responsibilities, five inflection points, four moves, five questions', async ({
    page,
  }) => {
    const counts = await page
      .locator('main article section[aria-labelledby]')
      .evaluateAll((sections) =>
        sections.map(
          (s) => [...s.querySelectorAll('h3')].filter((h) => h.id && h.querySelector(`a[href="#${h.id}"]`)).length,
        ),
      );
    expect(counts).toEqual([0, 0, 6, 5, 0, 4, 0, 5]);
  });

  test('renders the three tables with the seed’s header cells (scope=col) and rows', async ({ page }) => {
    const tables = await page.locator('main table').evaluateAll((ts) =>
      ts.map((t) => ({
        header: [...t.querySelectorAll('thead th')].map((th) => [th.textContent?.trim(), th.getAttribute('scope')]),
        rows: [...t.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.querySelectorAll('td, th')].map((c) => c.textContent?.trim()),
        ),
      })),
    );
    expect(tables).toEqual(seedTables.map((t) => ({ header: t.header.map((h) => [h, 'col']), rows: t.rows })));
    expect(tables.map((t) => t.rows.length)).toEqual([4, 6, 3]);
  });

  test('shows both quick answers as labelled callouts', async ({ page }) => {
    const answers = page.locator('aside[aria-label^="Quick answer: "]');
    await expect(answers).toHaveCount(2);
    // Label and answer, each as its own block.
    const texts = await answers.evaluateAll((asides) =>
      asides.map((a) => [...a.children].map((c) => c.textContent ?? '')),
    );
    const seedAnswers = seedProse.filter((_, i) => seedProse[i - 1] === 'Quick answer');
    expect(seedAnswers).toHaveLength(2);
    expect(texts.map((t) => t.map(normalize))).toEqual(seedAnswers.map((a) => ['Quick answer', a]));
  });

  test('links the case study and the fractional service to the URLs in content/site.ts', async ({ page }) => {
    await expect(page.getByRole('link', { name: 'NebulaDesk case study', exact: true })).toHaveAttribute(
      'href',
      `${ORIGIN}/case-studies/nebuladesk-agentic-ai-product-workspace`,
    );
    await expect(page.getByRole('link', { name: 'fractional CTO service', exact: true })).toHaveAttribute(
      'href',
      `${ORIGIN}/services/ai-systems-architecture`,
    );
  });

  test('FAQPage JSON-LD holds the five visible questions and answers, word for word', async ({ page }) => {
    const visible = await page
      .locator('main article section')
      .last()
      .evaluate((section) => {
        const pairs: { question: string; answer: string }[] = [];
        for (const h3 of section.querySelectorAll('h3')) {
          const parts: string[] = [];
          for (let el = h3.nextElementSibling; el && el.tagName !== 'H3'; el = el.nextElementSibling)
            parts.push(el.textContent ?? '');
          pairs.push({ question: h3.textContent ?? '', answer: parts.join(' ') });
        }
        return pairs;
      });
    expect(visible).toHaveLength(5);
    const faq = node(await graph(page), 'FAQPage');
    const questions = faq.mainEntity as {
      '@type': string;
      name: string;
      acceptedAnswer: { '@type': string; text: string };
    }[];
    expect(questions.map((q) => ({ question: normalize(q.name), answer: normalize(q.acceptedAnswer.text) }))).toEqual(
      visible.map((v) => ({ question: normalize(v.question), answer: normalize(v.answer) })),
    );
    expect(questions.every((q) => q['@type'] === 'Question' && q.acceptedAnswer['@type'] === 'Answer')).toBe(true);
  });

  test('Article JSON-LD matches the page: headline, author, zoned dates, image and url', async ({ page, request }) => {
    const article = node(await graph(page), 'BlogPosting');
    expect(article.headline).toBe(await page.locator('h1').textContent());
    expect(article.url).toBe(`${ORIGIN}${PATH}`);
    expect(article.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect((article.author as { name: string }).name).toBe('Mudassir Khan');
    expect(article.datePublished).toMatch(ZONED);
    expect(article.dateModified).toMatch(ZONED);
    const times = await page
      .locator('main article header time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(times).toEqual([article.datePublished, article.dateModified]);
    const images = (article.image as { url: string }[]).map((i) => i.url);
    expect(images.length).toBeGreaterThan(0);
    for (const url of images) {
      expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
      const res = await request.get(url.replace(ORIGIN, ''));
      expect(res.status(), url).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
    }
  });

  test('head carries canonical, Open Graph article tags and a Twitter card', async ({ page }) => {
    const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
    await expect(page).toHaveTitle('What an AI Systems Architect Does, and When You Need One');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${ORIGIN}${PATH}`);
    expect(await meta('meta[name="description"]')).toMatch(/^What an AI systems architect owns/);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:url"]')).toBe(`${ORIGIN}${PATH}`);
    expect(await meta('meta[property="article:published_time"]')).toMatch(ZONED);
    expect(await meta('meta[property="article:modified_time"]')).toMatch(ZONED);
    expect(await meta('meta[property="article:author"]')).toBe(ORIGIN);
    const tags = await page
      .locator('meta[property="article:tag"]')
      .evaluateAll((m) => m.map((e) => e.getAttribute('content')));
    expect(tags).toEqual(['AI Architecture', 'Hiring', 'AI Systems']);
    expect(await meta('meta[property="og:image"]')).toBe(`${ORIGIN}${PATH}/cover-og.png`);
    expect(await meta('meta[property="og:image:width"]')).toBe('1200');
    expect(await meta('meta[property="og:image:height"]')).toBe('630');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  });
});

test('every line of the seed is on the page with JavaScript disabled', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}${PATH}`);
  const text = normalize((await page.locator('main article').textContent()) ?? '');
  const missing = seedProse.filter((line) => !text.includes(normalize(line)));
  expect(missing).toEqual([]);
  const rows = await page
    .locator('main table tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim()).join(' | ')));
  const seedRows = seedTables.flatMap((t) => [t.header, ...t.rows]).map((r) => r.join(' | '));
  expect(rows).toEqual(seedRows);
  await context.close();
});
