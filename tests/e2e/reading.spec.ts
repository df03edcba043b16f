import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { localPath, sitemapUrls } from './helpers';

const ARTICLE = '/blog/ai-systems-architect-role';
const PAGES = [...sitemapUrls().map(localPath), '/no-such-page'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of PAGES) {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe: ${path} at ${width}px, ${colorScheme}: no WCAG 2.2 A/AA violations`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${baseURL}${path}`);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      });
    }
  }

  test(`${path} never scrolls sideways at 320px`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  test(`${path}: the first Tab reaches the skip link, which moves focus to the main content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveText('Skip to content');
    await expect(focused).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test(`${path}: one h1, headings in order, landmarks present`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach(
      (level, i) => i > 0 && expect(level - levels[i - 1]!, `heading ${i} skips a level`).toBeLessThanOrEqual(1),
    );
    for (const role of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(role)).toHaveCount(1);
  });
}

test.describe('article', () => {
  test('every table-of-contents link lands on its section', async ({ browser, baseURL }) => {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${baseURL}${ARTICLE}`);
      const toc = page.locator('nav.toc:visible');
      await expect(toc).toHaveCount(1);
      if (width < 1024) await toc.locator('summary').click();
      const links = toc.locator('a');
      await expect(links).toHaveCount(8);
      for (let i = 0; i < 8; i++) {
        const href = (await links.nth(i).getAttribute('href'))!;
        await links.nth(i).click();
        await expect(page).toHaveURL(new RegExp(`${href}$`));
        const top = await page.locator(href).evaluate((el) => el.getBoundingClientRect().top);
        expect(top, `${href} at ${width}px`).toBeGreaterThanOrEqual(0);
        expect(top, `${href} at ${width}px`).toBeLessThan(120);
        if (width < 1024) await toc.locator('summary').scrollIntoViewIfNeeded();
      }
      await context.close();
    }
  });

  test('the enhancement marks the section being read in the table of contents', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${baseURL}${ARTICLE}`);
    const current = page.locator('nav.toc:visible a[aria-current="true"]');
    for (const id of ['what-an-ai-systems-architect-delivers', 'frequently-asked-questions']) {
      await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView());
      await expect(current).toHaveAttribute('href', `#${id}`);
    }
    await context.close();
  });

  test('the table of contents is plain links that work without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}${ARTICLE}`);
    await page.locator('nav.toc:visible a').nth(4).click();
    await expect(page).toHaveURL(/#what-an-ai-systems-architect-delivers$/);
    await context.close();
  });

  test('tables have a caption, sit in a focusable group named by it, and keep header cells', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(ARTICLE);
    const regions = page.locator('div.table-scroll[role="group"]:has(table)');
    await expect(regions).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      const region = regions.nth(i);
      await expect(region).toHaveAttribute('tabindex', '0');
      const caption = (await region.locator('table > caption').textContent())!;
      expect(caption).toMatch(/\w/);
      await expect(region).toHaveAccessibleName(caption);
      await expect(region.getByRole('table')).toHaveAccessibleName(caption);
      expect(await region.locator('tbody th[scope="row"]').count()).toBe(await region.locator('tbody tr').count());
    }
  });

  test('the diagram is an accessible SVG with a caption, drawn in the page colours', async ({ page }) => {
    await page.goto(ARTICLE);
    const svg = page.locator('#what-is-an-ai-systems-architect ~ figure svg[role="img"]');
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAccessibleName('From product requirement to production design');
    await expect(svg).toHaveAccessibleDescription(
      /passes through four trade-offs \(latency, reliability, cost and compliance\)/,
    );
    await expect(page.locator('figure figcaption')).toContainText('observability plan');
  });

  test('ends one click from contacting the author, with a way back to the top', async ({ page }) => {
    await page.goto(ARTICLE);
    const cta = page.getByRole('complementary', { name: 'Need an AI systems architect?' });
    await expect(cta.getByRole('link', { name: /^Work with / })).toHaveAttribute(
      'href',
      /\/services\/ai-systems-architecture$/,
    );
    await page.getByRole('link', { name: 'Back to top' }).click();
    await expect(page).toHaveURL(/#top$/);
  });

  test('print hides the site chrome and the table of contents, and prints link URLs', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['header.site-chrome', 'footer.site-chrome', 'nav.toc', '.skip-link']) {
      for (const el of await page.locator(sel).all()) await expect(el).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    const after = await page
      .getByRole('link', { name: 'NebulaDesk case study' })
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://mudassirkhan.me/case-studies/');
  });

  test('dark mode follows the system preference without JavaScript', async ({ browser, baseURL }) => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseURL}${ARTICLE}`);
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await context.close();
    }
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(14, 19, 24)']);
  });
});
