import { devices, expect, test } from '@playwright/test';
import { ideaSentence } from '@/lib/idea';
import { coverImages } from '@/lib/images';
import { ARTICLES, pngSize, sectionOnPage } from './helpers';

// The cover draws each article's own idea (lib/idea.ts: its `idea`, else its outline), on the
// page and in its PNGs, and on a phone it never pushes the article's first words off the first
// screen. Every published article is checked: the header is the same template, the words are not.

const PHONES = [
  { name: '375×667', viewport: { width: 375, height: 667 } },
  { name: 'Pixel 7', viewport: devices['Pixel 7'].viewport },
];

for (const article of ARTICLES) {
  for (const { name, viewport } of PHONES) {
    test(`${article.path} on a ${name} phone: the first words of the first section are on the first screen`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${baseURL}${article.path}`);
      const section = sectionOnPage(page, article.sections[0]!);
      // The first block after the heading: an image (the article opens with it: its top is on the
      // first screen) or words (the box of their first line ends on the first screen).
      const first = await section.evaluate((el) => {
        const heading = el.querySelector('h2')!;
        let block = heading.nextElementSibling;
        while (block && !block.textContent?.trim() && !block.querySelector('img')) block = block.nextElementSibling;
        if (!block) return null;
        const image = block.querySelector('img');
        if (image && !block.textContent?.trim()) {
          const { top } = image.getBoundingClientRect();
          return { text: `the image "${image.alt.slice(0, 30)}"`, top, bottom: top };
        }
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const line = [...range.getClientRects()].find((r) => r.width > 0);
          if (line) return { text: node.textContent.trim().slice(0, 40), top: line.top, bottom: line.bottom };
        }
        return null;
      });
      expect(first, 'the first section has words or an image after its heading').not.toBeNull();
      expect(first!.top, `"${first!.text}…" starts below the top of the page`).toBeGreaterThan(0);
      expect(first!.bottom, `"${first!.text}…": its first line ends within the first screen`).toBeLessThanOrEqual(
        viewport.height,
      );
      await context.close();
    });
  }

  test(`${article.path}: the cover draws the article's idea, every label inside its box`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}${article.path}`);
    const cover = page.locator('main article header svg.cover-visual');
    await expect(cover).toBeVisible();
    await expect(cover).toHaveAccessibleName(ideaSentence(article.idea));
    const boxes = await cover.locator('g:has(> rect)').evaluateAll((groups) =>
      groups.map((g) => {
        const rect = g.querySelector('rect')!.getBBox();
        const text = g.querySelector('text')!.getBBox();
        return {
          label: [...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
          room: Math.min(text.x - rect.x, rect.x + rect.width - (text.x + text.width)),
          inside: text.y >= rect.y && text.y + text.height <= rect.y + rect.height,
        };
      }),
    );
    const { from, through, to } = article.idea;
    expect(boxes.map((b) => b.label)).toEqual([from, ...through, ...to]);
    for (const b of boxes) {
      expect(b.room, `${b.label}: room each side`).toBeGreaterThanOrEqual(4);
      expect(b.inside, `${b.label}: within its box's height`).toBe(true);
    }
    await context.close();
  });

  test(`${article.path}: every cover PNG is a PNG of its size`, async ({ request }) => {
    for (const image of Object.values(coverImages(article.path)))
      expect(await pngSize(request, image.path), image.path).toEqual({ width: image.width, height: image.height });
  });
}
