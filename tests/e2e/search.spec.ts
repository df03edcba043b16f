import { expect, test, type Page } from '@playwright/test';
import { ARTICLES, builtFile } from './helpers';

// Search end to end, on whatever content the build had: the words are chosen here from the
// loader's articles, never written in. Pagefind indexes the article bodies only.

const bodyOf = (a: (typeof ARTICLES)[number]) => a.sections.map((s) => `${s.title} ${s.text}`).join(' ');
const everything = (a: (typeof ARTICLES)[number]) => `${a.headline} ${a.description} ${a.tags.join(' ')} ${bodyOf(a)}`;

/**
 * An article and a word of its body that no other article holds anywhere, even inside a longer
 * word (Pagefind also matches the start of words): the longest such word of the newest article
 * that has one.
 */
function uniqueWord(): { article: (typeof ARTICLES)[number]; word: string } {
  for (const article of ARTICLES) {
    const others = ARTICLES.filter((a) => a !== article)
      .map((a) => everything(a).toLowerCase())
      .join(' ');
    const words = [...new Set(bodyOf(article).match(/\p{L}{6,}/gu) ?? [])].sort((a, b) => b.length - a.length);
    const word = words.find((w) => !others.includes(w.toLowerCase()));
    if (word) return { article, word };
  }
  throw new Error('no article has a word of its own, so search cannot be shown to find one article');
}

/** A word that is in no article at all. */
function absentWord(): string {
  const all = ARTICLES.map((a) => everything(a).toLowerCase()).join(' ');
  const word = ['zqxjvkwplm', 'qwxzvjkplh', 'xjqzvwkmnp'].find((w) => !all.includes(w));
  if (!word) throw new Error('every made-up word occurs in the articles');
  return word;
}

/** Moves focus with Tab alone until it reaches the search field; fails if it never does. */
async function tabToSearchField(page: Page) {
  const field = page.getByRole('searchbox', { name: 'Search the articles' });
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await field.evaluate((el) => el === document.activeElement)) return field;
  }
  throw new Error('Tab never reached the search field');
}

async function cspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the index holds the article pages and nothing else', () => {
  const entry = JSON.parse(builtFile('pagefind/pagefind-entry.json')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  expect(pages).toBe(ARTICLES.length);
});

test('keyboard only: a word in one article’s body finds that article first, and Enter opens it', async ({ page }) => {
  const { article, word } = uniqueWord();
  const violations = await cspViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/search');
  const field = await tabToSearchField(page);
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ results? for “.+”$/);
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toHaveText(article.headline);
  await expect(first).toHaveAttribute('href', article.path);
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(word)}$`));
  // From the field, Tab passes the button and lands on the first result.
  await field.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  expect(await violations()).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === article.path);
  expect(errors).toEqual([]);
});

test('a word in no article says so in the live region, with no results', async ({ page }) => {
  const violations = await cspViolations(page);
  await page.goto('/search');
  await tabToSearchField(page);
  const word = absentWord();
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(`No results for “${word}”`);
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  expect(await violations()).toEqual([]);
});

test('a search link (?q=) answers on arrival, as the form’s own submission does', async ({ page }) => {
  const { article, word } = uniqueWord();
  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole('searchbox', { name: 'Search the articles' })).toHaveValue(word);
  await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute('href', article.path);
});

test('without JavaScript the page says search needs it and links to the topics', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/search`);
  const note = page.locator('[data-search-nojs]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Search needs JavaScript');
  await expect(note.getByRole('link', { name: 'by topic' })).toHaveAttribute('href', '/blog/tags');
  await context.close();
});

test('with JavaScript the no-JavaScript note is hidden', async ({ page }) => {
  await page.goto('/search');
  await expect(page.locator('[data-search-nojs]')).toBeHidden();
});

test('the header links to search as a plain link', async ({ page }) => {
  await page.goto('/blog');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' })).toHaveAttribute(
    'href',
    '/search',
  );
});
