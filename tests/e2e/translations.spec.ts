import { expect, test } from '@playwright/test';
import { TRANSLATIONS } from './helpers';

// A translation in the browser (its markup is checked in Node, tests/static/translations.test.ts;
// axe in light and dark at 375 and 1280 px on every page of the sitemap, translations included,
// in page.spec.ts). Here: a right-to-left page never scrolls sideways, down to 320 px, to either
// side; and the language switch leads to each language's page, announced in its language.
const RTL = TRANSLATIONS.filter((t) => t.direction === 'rtl');

test('the build has a right-to-left translation to test', () => expect(RTL.length).toBeGreaterThan(0));

for (const t of RTL)
  test(`page ${t.path}: right to left, no sideways scroll at 320 px, the switch leads to each language`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}${t.path}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', t.language);
    const overflow = await page.evaluate(() => {
      const doc = document.documentElement;
      // A right-to-left page overflows to the left: every element must stay within 0…width too.
      const outside = [...document.querySelectorAll('body *')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).position !== 'absolute')
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < -1 || r.right > doc.clientWidth + 1);
        })
        .map((el) => el.outerHTML.slice(0, 80));
      return { scroll: doc.scrollWidth, width: doc.clientWidth, outside };
    });
    expect(overflow.scroll, 'width at 320px').toBeLessThanOrEqual(320);
    expect(overflow.outside, 'elements outside the page at 320px').toEqual([]);

    const links = page.locator('nav[data-language-switch] a[hreflang]');
    const others = t.versions.filter((v) => v.language !== t.language);
    await expect(links).toHaveCount(others.length);
    for (const v of others) {
      const link = page.locator(`nav[data-language-switch] a[hreflang="${v.language}"]`);
      await expect(link).toHaveText(v.name);
      await expect(link).toHaveAttribute('lang', v.language);
      expect((await link.boundingBox())!.height, `${v.name}: a 44 px target`).toBeGreaterThanOrEqual(44);
    }
    const first = others[0]!;
    await page.locator(`nav[data-language-switch] a[hreflang="${first.language}"]`).click();
    await expect(page).toHaveURL(`${baseURL}${first.path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', first.language);
    await context.close();
  });
