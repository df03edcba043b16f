import { expect, test } from '@playwright/test';
import { architectureDiagram } from '@/lib/art/diagram';
import { articlesWith, newestArticle, tablesIn } from './helpers';

// What a visitor sees on a phone, and on paper: nothing cut off without a cue, no blank line
// under a heading, diagram labels inside their boxes, link groups as lists.
// The article template is the same for every article: the newest one stands for all of them.
const ARTICLE = newestArticle().path;
const WITH_TABLES = articlesWith('table');
const WITH_DIAGRAM = articlesWith('diagram').map((a) => a.path);

// A phone shows each table row as a card (app/globals.css), so no table scrolls there: a table
// cut off at the screen's edge, with no cue that it goes on, is what this guards against.
for (const { path, sections } of WITH_TABLES)
  for (const width of [320, 375]) {
    test(`${path} at ${width}px: every table cell's text is on screen, each under its column's name`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${baseURL}${path}`);
      const tables = await page.locator('table').evaluateAll((els) =>
        els.map((table) => {
          const region = table.closest('.table-scroll')!;
          const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
          const cells = [...table.querySelectorAll('tbody tr')].flatMap((tr) =>
            [...tr.children].map((cell, col) => {
              const box = cell.getBoundingClientRect();
              const before = getComputedStyle(cell, '::before');
              return {
                text: cell.textContent!.trim(),
                onScreen: box.left >= 0 && box.right <= innerWidth && cell.scrollWidth <= cell.clientWidth,
                // Beside the first cell (the row's title) the column's name is drawn above each cell.
                label: col === 0 ? heads[0] : before.display === 'none' ? null : cell.getAttribute('data-label'),
                heading: heads[col],
              };
            }),
          );
          return { scrolls: region.scrollWidth > region.clientWidth, cells };
        }),
      );
      expect(tables).toHaveLength(sections.flatMap(tablesIn).length);
      for (const t of tables) {
        expect(t.scrolls).toBe(false);
        for (const cell of t.cells) {
          expect(cell.onScreen, cell.text).toBe(true);
          expect(cell.label, `${cell.text} is shown under its column's name`).toBe(cell.heading);
        }
      }
      await context.close();
    });
  }

/** Each visible heading: the space between its last line of words and its bottom, and its line height. */
function headingGaps(headings: Element[]) {
  return headings
    .filter((h) => h.getBoundingClientRect().width > 1)
    .map((h) => {
      const style = getComputedStyle(h);
      // The words' own boxes: text nodes only, so a pseudo-element on a line of its own is not counted.
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
      }
      const bottom = h.getBoundingClientRect().bottom - parseFloat(style.paddingBottom);
      return {
        text: h.textContent!,
        gap: bottom - Math.max(...rects.map((r) => r.bottom)),
        lineHeight: parseFloat(style.lineHeight),
      };
    });
}

for (const width of [320, 375, 1280]) {
  test(`at ${width}px no heading has an empty line under its words, and focusing its link moves nothing`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}${ARTICLE}`);
    const headings = page.locator('main :is(h1, h2, h3)');
    const gaps = await headings.evaluateAll(headingGaps);
    // At least the article's own headings: its h1, each section's h2 and each ### (from the loader).
    const article = newestArticle();
    const own = 1 + article.sections.reduce((n, section) => n + 1 + section.subsections.length, 0);
    expect(gaps.length).toBeGreaterThanOrEqual(own);
    for (const h of gaps) expect(h.gap, `${h.text}: space under the last line`).toBeLessThan(h.lineHeight / 2);
    // Focus shows the "#": the heading keeps its height (focus scrolls, so heights, not positions).
    const moved = await headings.evaluateAll((els) =>
      els.map((h) => {
        const before = h.getBoundingClientRect().height;
        h.querySelector<HTMLElement>('.heading-link')?.focus();
        return { text: h.textContent, moved: h.getBoundingClientRect().height - before };
      }),
    );
    for (const h of moved) expect(h.moved, `${h.text}: focusing its link`).toBe(0);
    await context.close();
  });
}

test('no heading has an empty line under its words at any width from 300 to 1300px', async ({ browser, baseURL }) => {
  test.slow(); // 101 widths, each laid out again: longer than one check's 30 s on a busy 2-core machine
  const context = await browser.newContext({ viewport: { width: 300, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}${ARTICLE}`);
  const found: string[] = [];
  for (let width = 300; width <= 1300; width += 10) {
    await page.setViewportSize({ width, height: 800 });
    for (const h of await page.locator('main :is(h1, h2, h3)').evaluateAll(headingGaps))
      if (h.gap >= h.lineHeight / 2) found.push(`${width}px: ${h.text}`);
  }
  expect(found).toEqual([]);
  await context.close();
});

for (const path of WITH_DIAGRAM)
  test(`${path}: every diagram label fits its box with room to spare`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}${path}`);
    const boxes = await page.locator('figure svg[role="img"] g:has(> rect)').evaluateAll((groups) =>
      groups.map((g) => {
        const rect = g.querySelector('rect')!;
        const text = g.querySelector('text')!.getBBox();
        const x = rect.x.baseVal.value;
        const w = rect.width.baseVal.value;
        return { label: g.textContent, left: text.x - x, right: x + w - (text.x + text.width) };
      }),
    );
    const d = architectureDiagram;
    expect(boxes.length % (1 + d.tradeOffs.length + d.outputs.length)).toBe(0);
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect(Math.min(b.left, b.right), `${b.label}: room each side`).toBeGreaterThanOrEqual(6);
    await context.close();
  });

test('print shows no address after the byline, and still prints outside links', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  const after = (a: Element) => getComputedStyle(a, '::after').content;
  await expect(page.locator('a[rel="author"]')).toHaveAttribute('href', '/');
  expect(await page.locator('a[rel="author"]').evaluate(after)).toBe('none');
  // An outside link prints its address: one is added, as the article's own may all be on this site.
  await page
    .locator('main p')
    .first()
    .evaluate((p) => {
      const a = document.createElement('a');
      a.href = 'https://example.com/outside';
      a.textContent = 'an outside link';
      p.append(a);
    });
  expect(await page.locator('main a[href="https://example.com/outside"]').evaluate(after)).toContain(
    'https://example.com/outside',
  );
});
