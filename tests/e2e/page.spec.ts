import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { ideaSentence } from '@/lib/art/idea';
import { ARTICLES, componentsIn, localPath, sectionOnPage, sitemapUrls, TRANSLATIONS } from './helpers';

// Every page of the sitemap, and the not-found page, in one browser load each: every check that
// needs a browser runs on that load (a new context costs ~0.5 s here before a test does anything,
// so a check per load would cost more than the checks). What the HTML says by itself (canonical,
// Open Graph, JSON-LD, the words) is checked in Node over out/ by tests/static/.

const PAGES = [...sitemapUrls().map(localPath), '/no-such-page'];
/** axe-core's own script, put into each page once and run there for every width and scheme. */
const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
  resultTypes: ['violations'],
};
const ARTICLE_AT = new Map([...ARTICLES, ...TRANSLATIONS].map((a) => [a.path, a]));
/** The scripts a page may load: an article (or translation) its table-of-contents enhancement, /search its search. */
const ENHANCEMENTS: Record<string, string[]> = {
  ...Object.fromEntries([...ARTICLES, ...TRANSLATIONS].map((a) => [a.path, ['/scripts/toc.js']])),
  '/search': ['/scripts/search.js'],
};
/** The phones an article's first screen is checked on: the small one, and the suite's Pixel 7. */
const PHONES = [
  { width: 375, height: 667 },
  { width: 412, height: 839 },
];

/** What the page's own listeners saw: console errors, uncaught errors, CSP violations, scripts. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  return {
    errors,
    scripts,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

/** The first block of words (or an opening image) after the first section's heading, as laid out now. */
const firstWords = (page: Page, article: (typeof ARTICLES)[number]) =>
  sectionOnPage(page, article.sections[0]!).evaluate((el) => {
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

for (const path of PAGES) {
  test(`page ${path}: headers, scripts, headings, landmarks, link groups, phone widths, skip link and axe, in one load`, async ({
    browser,
    baseURL,
  }) => {
    test.slow(); // four full axe runs and the rest: three times the timeout of a test that checks one thing
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    const seen = await watch(page);
    const res = await page.goto(`${baseURL}${path}`);
    expect(res?.status()).toBe(path === '/no-such-page' ? 404 : 200);

    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveText('Skip to content');
    await expect(focused).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);

    // The headers of out/_headers, as the CDN applies them (tests/static-server.mjs).
    const headers = res!.headers();
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    // Quoted: the keywords themselves. /search alone adds 'wasm-unsafe-eval' (headers.spec).
    expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    if (path !== '/search') expect(headers['content-security-policy']).not.toMatch(/unsafe/);
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');

    // No framework JavaScript: only the site's own enhancement, and no inline executable script.
    expect(seen.scripts).toEqual(ENHANCEMENTS[path] ?? []);
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((els) => els.map((s) => s.getAttribute('type') ?? '').filter((t) => t !== 'application/ld+json'));
    expect(inline).toEqual([]);
    expect(await res!.text()).not.toMatch(/\/_next\/[^"']+\.js|self\.__next_f|TURBOPACK/);
    // axe runs in the page itself (below) and would not look inside a frame: a page that gains one must say so here.
    expect(await page.locator('iframe, frame').count(), 'frames on the page').toBe(0);

    // One h1, headings that never skip a level, and the three landmarks once each.
    await expect(page.locator('h1')).toHaveCount(1);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach(
      (level, i) => i > 0 && expect(level - levels[i - 1]!, `heading ${i} skips a level`).toBeLessThanOrEqual(1),
    );
    for (const role of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(role)).toHaveCount(1);

    // An element holding two or more links and nothing else but separators is a link group: a list.
    const groups = await page.locator('body *:not(li):not(ul):not(ol)').evaluateAll((els) =>
      els
        .filter((el) => {
          const links = [...el.children].filter((c) => c.tagName === 'A');
          const rest = [...el.childNodes]
            .filter((n) => !(n instanceof HTMLAnchorElement))
            .map((n) => n.textContent)
            .join('');
          return links.length >= 2 && /^[\s·|•,–-]*$/.test(rest);
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(groups, 'link groups that are not lists').toEqual([]);

    // An article: its first words on the first screen of a phone, and a cover that draws its idea.
    const article = ARTICLE_AT.get(path);
    if (article) {
      for (const viewport of PHONES) {
        await page.setViewportSize(viewport);
        await page.evaluate(() => window.scrollTo(0, 0));
        const first = await firstWords(page, article);
        expect(first, 'the first section has words or an image after its heading').not.toBeNull();
        const where = `${viewport.width}×${viewport.height}: "${first!.text}…"`;
        expect(first!.top, `${where} starts below the top of the page`).toBeGreaterThan(0);
        expect(first!.bottom, `${where}: its first line ends within the first screen`).toBeLessThanOrEqual(
          viewport.height,
        );
      }
      // Its cover draws its idea, every label inside its box; unless the body draws the diagram,
      // when the header shows no drawn cover (the same picture twice within a screen).
      await page.setViewportSize({ width: 1280, height: 900 });
      const cover = page.locator('main article header svg.cover-visual');
      if (article.sections.some((s) => componentsIn(s, 'ArchitectureDiagram').length > 0)) {
        await expect(cover).toHaveCount(0);
      } else {
        await expect(cover).toBeVisible();
        await expect(cover).toHaveAccessibleName(ideaSentence(article.idea));
        const boxes = await cover.locator('g:has(> rect)').evaluateAll((gs) =>
          gs.map((g) => {
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
      }
    }

    // Never a sideways scroll, down to the narrowest phone.
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'width at 320px').toBeLessThanOrEqual(320);

    // The type scale and the targets, at a phone's width and a desktop's (colour schemes change
    // neither): h1 > h2 > h3 and a lead at least the body's size; every link of the header, the
    // footer, the breadcrumb and the tag lists at least 24 px tall (WCAG 2.2, 2.5.8).
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const m = await page.evaluate(() => {
        const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const sizes = (selector: string) =>
          [...document.querySelectorAll(selector)].filter(shown).map((el) => parseFloat(getComputedStyle(el).fontSize));
        const targets = '.site-chrome a, nav[aria-label="Breadcrumb"] a, ul[data-tags] a';
        return {
          h1: sizes('main h1'),
          h2: sizes('main h2'),
          h3: sizes('main h3'),
          lead: sizes('main .text-lead'),
          body: parseFloat(getComputedStyle(document.body).fontSize),
          small: [...document.querySelectorAll(targets)]
            .filter(shown)
            .map((a) => ({ text: a.textContent!.trim().slice(0, 40), height: a.getBoundingClientRect().height }))
            .filter((t) => t.height < 24),
        };
      });
      const at = `${width}px`;
      if (m.h2.length)
        expect(Math.max(...m.h2), `${at}: the largest h2 is smaller than the h1`).toBeLessThan(Math.min(...m.h1));
      if (m.h3.length && m.h2.length)
        expect(Math.max(...m.h3), `${at}: the largest h3 is smaller than the smallest h2`).toBeLessThan(
          Math.min(...m.h2),
        );
      for (const lead of m.lead)
        expect(lead, `${at}: a lead is at least the body's size`).toBeGreaterThanOrEqual(m.body);
      expect(m.small, `${at}: links under 24 px tall`).toEqual([]);
    }
    // Nothing a visitor reads says that something is missing.
    expect(await page.locator('body').innerText()).not.toMatch(
      /not listed on this site yet|lorem ipsum|\bTODO\b|placeholder/i,
    );

    // axe at each width and colour scheme in turn (the styles answer them as they change). Its
    // script is put into the page once and run there four times (through the browser's protocol,
    // which the page's CSP does not govern): a quarter of what @axe-core/playwright's analyze()
    // cost, which injected it again for every run (measured in docs/performance.md).
    await page.evaluate(AXE_SOURCE);
    const found: string[] = [];
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        expect(await page.evaluate(() => window.innerWidth)).toBe(width);
        expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme)).toBe(true);
        const { violations } = await page.evaluate(
          (options) =>
            (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(
              document,
              options,
            ),
          AXE_OPTIONS,
        );
        for (const v of violations)
          found.push(`${width}px ${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    expect(found).toEqual([]);

    expect(await seen.violations(), 'CSP violations').toEqual([]);
    // The not-found page's own status is the one error a browser reports for it.
    const expectedErrors = path === '/no-such-page' ? [/status of 404/] : [];
    expect(
      seen.errors.filter((e) => !expectedErrors.some((r) => r.test(e))),
      'console errors',
    ).toEqual([]);
    await context.close();
  });
}
