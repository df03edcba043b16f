import { expect, test } from '@playwright/test';
import { callToAction } from '@/lib/navigation';
import { architectureDiagram, diagramDescription } from '@/lib/art/diagram';
import {
  ARTICLES,
  articlesWith,
  cellsOf,
  componentsIn,
  hrefOf,
  linksIn,
  newestArticle,
  sectionOnPage,
  tablesIn,
} from './helpers';

// The table of contents is one template: its links are checked against every article's sections
// in Node (tests/static/), and its behaviour in the browser on the two articles that stretch it
// most, the one with the most sections (the longest page) and the one with the fewest.
const bySections = [...ARTICLES].sort((a, b) => b.sections.length - a.sections.length);
const TOC_ARTICLES = [...new Set([bySections[0]!, bySections.at(-1)!])];

for (const article of TOC_ARTICLES) {
  test.describe(`article ${article.path}`, () => {
    test('every table-of-contents link, one per section, lands on its section', async ({ browser, baseURL }) => {
      for (const width of [375, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(`${baseURL}${article.path}`);
        const toc = page.locator('nav.toc:visible');
        await expect(toc).toHaveCount(1);
        if (width < 1024) await toc.locator('summary').click();
        const links = toc.locator('a');
        await expect(links).toHaveText(article.sections.map((s) => s.title));
        expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
          article.sections.map((s) => `#${s.id}`),
        );
        for (const [i, section] of article.sections.entries()) {
          await links.nth(i).click();
          await expect(page).toHaveURL(new RegExp(`#${section.id}$`));
          // At the top of the window; or, for a section near the end of a short page, as near as
          // the page scrolls (its end reached) and in view.
          const { top, height, atEnd } = await page.locator(`#${section.id}`).evaluate((el) => ({
            top: el.getBoundingClientRect().top,
            height: window.innerHeight,
            atEnd: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight,
          }));
          const where = `#${section.id} at ${width}px`;
          expect(top, where).toBeGreaterThanOrEqual(0);
          if (atEnd) expect(top, where).toBeLessThan(height - 40);
          else expect(top, where).toBeLessThan(120);
          if (width < 1024) await toc.locator('summary').scrollIntoViewIfNeeded();
        }
        await context.close();
      }
    });

    test('the enhancement marks the section being read in the table of contents', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${baseURL}${article.path}`);
      // Room below the last section, so that every section can be scrolled to the top.
      await page.evaluate(() => (document.body.style.paddingBottom = '100vh'));
      const current = page.locator('nav.toc:visible a[aria-current="true"]');
      for (const section of article.sections) {
        await page.locator(`#${section.id}`).evaluate((el) => el.scrollIntoView());
        await expect(current).toHaveAttribute('href', `#${section.id}`);
      }
      await context.close();
    });

    test('the table of contents is plain links that work without JavaScript', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseURL}${article.path}`);
      const last = article.sections.at(-1)!;
      await page.locator('nav.toc:visible a').last().click();
      await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
      await context.close();
    });

    test('ends one click from contacting the author, with a way back to the top', async ({ page }) => {
      await page.goto(article.path);
      const cta = page.getByRole('region', { name: 'Need an AI systems architect?', exact: true });
      // The contact section when a channel is set, else the offer (lib/navigation.ts callToAction).
      await expect(cta.getByRole('link').first()).toHaveAttribute('href', callToAction().href);
      await page.getByRole('link', { name: 'Back to top' }).click();
      await expect(page).toHaveURL(/#top$/);
    });
  });
}

for (const article of articlesWith('table')) {
  test(`${article.path}: tables have a caption, sit in a focusable group named by it, and keep header cells`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(article.path);
    const tables = article.sections.flatMap(tablesIn).map(cellsOf);
    const regions = page.locator('div.table-scroll[role="group"]:has(table)');
    await expect(regions).toHaveCount(tables.length);
    for (const [i, table] of tables.entries()) {
      const region = regions.nth(i);
      await expect(region).toHaveAttribute('tabindex', '0');
      const caption = (await region.locator('table > caption').textContent())!;
      expect(caption).toMatch(/\w/);
      await expect(region).toHaveAccessibleName(caption);
      await expect(region.getByRole('table')).toHaveAccessibleName(caption);
      await expect(region.locator('tbody th[scope="row"]')).toHaveCount(table.rows.length);
      await expect(region.locator('tbody tr')).toHaveCount(table.rows.length);
    }
  });
}

for (const article of articlesWith('diagram')) {
  test(`${article.path}: the diagram is an accessible SVG with a caption, drawn in the page colours`, async ({
    page,
  }) => {
    await page.goto(article.path);
    const description = diagramDescription();
    for (const section of article.sections) {
      const figures = sectionOnPage(page, section).locator('figure:has(svg[role="img"])');
      await expect(figures, section.title).toHaveCount(componentsIn(section, 'ArchitectureDiagram').length);
      for (const figure of await figures.all()) {
        const svg = figure.locator('svg[role="img"]');
        await expect(svg).toHaveAccessibleName(architectureDiagram.title);
        await expect(svg).toHaveAccessibleDescription(description);
        await expect(figure.locator('figcaption')).toHaveText(description);
        const labels = await svg.locator('text').allTextContents();
        const { input, tradeOffs, outputs } = architectureDiagram;
        expect(labels).toEqual(expect.arrayContaining([input, ...tradeOffs, ...outputs]));
        // Every colour is one of the page's (light or dark), none written in.
        const colours = await svg.evaluate((el) =>
          [...el.querySelectorAll('[fill], [stroke]')].flatMap((n) =>
            ['fill', 'stroke'].map((attr) => n.getAttribute(attr)).filter((c) => c !== null),
          ),
        );
        expect(colours.length).toBeGreaterThan(0);
        expect(colours.filter((c) => !/^(var\(--[\w-]+\)|none)$/.test(c!))).toEqual([]);
      }
    }
  });
}

for (const article of articlesWith('link')) {
  test(`${article.path}: print hides the site chrome and the table of contents, and prints link URLs`, async ({
    page,
  }) => {
    await page.goto(article.path);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['header.site-chrome', 'footer.site-chrome', 'nav.toc', '.skip-link']) {
      for (const el of await page.locator(sel).all()) await expect(el).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    const printed = article.sections.flatMap((section) =>
      linksIn(section)
        .map((l) => hrefOf(l.url))
        .filter((href) => /^(https?:)?\//.test(href))
        .map((href) => ({ section, href })),
    );
    expect(printed.length, 'a link that prints its URL').toBeGreaterThan(0);
    for (const { section, href } of printed) {
      const after = await sectionOnPage(page, section)
        .locator(`a[href="${href}"]`)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after, href).toContain(href);
    }
  });
}

test('dark mode follows the system preference without JavaScript', async ({ browser, baseURL }) => {
  const colours: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}${newestArticle().path}`);
    colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    await context.close();
  }
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(14, 19, 24)']);
});
