import { expect, test, type Page } from '@playwright/test';
import { shownSections } from '@/lib/contact';
import type { Section } from '@/lib/content';
import { site } from '@/content/site';
import { ARTICLES, blocksOf, builtFile, CASE_STUDIES, CONTENT_PAGES, TRANSLATIONS } from './helpers';

// Search end to end, on whatever content the build had: the words are chosen here from the
// loader's articles, pages and case studies, never written in. Pagefind indexes the bodies of
// all three (their sections), each labelled by its kind.

type Entry = { path: string; headline: string; description: string; sections: readonly Section[] };
const bodyOf = (a: Entry) => a.sections.map((s) => `${s.title} ${s.text}`).join(' ');
const everything = (a: Entry) => `${a.headline} ${a.description} ${bodyOf(a)}`;
// A page as it is shown: the section holding <Contact /> is left out while no channel is set
// (lib/contact.ts shownSections, unit-tested there).
const PAGES = CONTENT_PAGES.map((p) => ({ ...p, sections: shownSections(p.sections) }));
const ENTRIES: readonly Entry[] = [...ARTICLES, ...PAGES, ...CASE_STUDIES];
/** What the index holds of each: an article's body; a page's or case study's headline, lead and body. */
const indexed = (e: Entry) => (ARTICLES.includes(e as (typeof ARTICLES)[number]) ? bodyOf(e) : everything(e));

/** A section's words after its eyebrow and heading (blocksOf: eyebrow, title, then the blocks). */
const bodyText = (s: Section) => blocksOf(s).slice(2).join(' ');
/** The ids a result for `word` in `entry` may link to: the sections and subsections that hold it. */
const idsHolding = (entry: Entry, word: string) =>
  entry.sections
    .filter((s) => bodyText(s).toLowerCase().includes(word.toLowerCase()))
    .flatMap((s) => [s.id, ...s.subsections.map((sub) => sub.id)]);
/** The link a result for `word` in `entry` must have: the entry, at a section holding the word. */
const resultHref = (entry: Entry, word: string) => {
  const ids = idsHolding(entry, word).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const path = entry.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${path}#(${ids.join('|')})$`);
};

/**
 * An article and a word of its body that no other article holds anywhere, even inside a longer
 * word (Pagefind also matches the start of words): the longest such word of the newest article
 * that has one.
 */
function uniqueWord(among: readonly Entry[] = ARTICLES): { article: Entry; word: string } {
  for (const article of among) {
    const others = ENTRIES.filter((a) => a !== article)
      .map((a) => everything(a).toLowerCase())
      .join(' ');
    // From the sections' bodies, not their eyebrows and headings: Pagefind files the words before
    // a heading's id under the section before it, so those would lead one section early.
    const words = [
      ...new Set(
        article.sections
          .map(bodyText)
          .join(' ')
          .match(/\p{L}{6,}/gu) ?? [],
      ),
    ].sort((a, b) => b.length - a.length);
    // Nor its stem, as an English stemmer cuts it (projects → project): not even its first letters
    // but the last three (at least five) may stand elsewhere.
    const word = words.find((w) => !others.includes(w.toLowerCase().slice(0, Math.max(5, w.length - 3))));
    if (word) return { article, word };
  }
  throw new Error('no article has a word of its own, so search cannot be shown to find one article');
}

/** A word that is in no article at all. */
function absentWord(): string {
  const all = ENTRIES.map((a) => everything(a).toLowerCase()).join(' ');
  const word = ['zqxjvkwplm', 'qwxzvjkplh', 'xjqzvwkmnp'].find((w) => !all.includes(w));
  if (!word) throw new Error('every made-up word occurs in the articles');
  return word;
}

/** Moves focus with Tab alone until it reaches the search field; fails if it never does. */
async function tabToSearchField(page: Page) {
  const field = page.getByRole('searchbox', { name: 'Search the site' });
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

test('the index holds the articles, the pages, the case studies and the translations, and nothing else, one index a language', () => {
  const entry = JSON.parse(builtFile('pagefind/pagefind-entry.json')) as {
    languages: Record<string, { page_count: number }>;
  };
  const counts = Object.fromEntries(Object.entries(entry.languages).map(([l, { page_count }]) => [l, page_count]));
  const expected: Record<string, number> = { [site.language]: ENTRIES.length };
  for (const t of TRANSLATIONS) expected[t.language.toLowerCase()] = (expected[t.language.toLowerCase()] ?? 0) + 1;
  expect(counts).toEqual(expected);
});

// Each language is searched apart: /search?lang=<tag> searches that language's index (a reader
// of a translation), and a word of a translation's body finds the translation.
for (const t of TRANSLATIONS.filter((x, i, all) => all.findIndex((y) => y.language === x.language) === i))
  test(`?lang=${t.language} searches the ${t.language} pages: a word of ${t.path} finds it`, async ({ page }) => {
    const word = bodyText(t.sections[0]!)
      .split(/[\s.,:;!?،۔()"]+/)
      .filter((w) => /^\p{L}{4,}$/u.test(w))
      .sort((a, b) => b.length - a.length)[0]!;
    await page.goto(`/search?lang=${t.language}&q=${encodeURIComponent(word)}`);
    const links = page.locator('[data-search-results] li a');
    await expect(links.first()).toHaveAttribute('href', new RegExp(`^${t.path}(#|$)`));
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
      expect(
        TRANSLATIONS.filter((x) => x.language === t.language).some((x) => href.startsWith(x.path)),
        href,
      ).toBe(true);
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
  // The section holding the word, not the top of the article.
  await expect(first).toHaveAttribute('href', resultHref(article, word));
  await expect(page.locator('[data-search-results] li mark').first()).toHaveText(new RegExp(word, 'i'));
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
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue(word);
  await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute('href', resultHref(article, word));
});

test('a word of a page or a case study finds it, labelled by its kind, at the section holding it', async ({ page }) => {
  const { article: entry, word } = uniqueWord([...PAGES, ...CASE_STUDIES]);
  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  const first = page.locator('[data-search-results] li').first();
  await expect(first.locator('a')).toHaveAttribute('href', resultHref(entry, word));
  const kinds: Record<string, string> = { service: 'Services', profile: 'About' };
  const kind = 'kind' in entry ? (kinds[String(entry.kind)] ?? 'Page') : 'Case study';
  await expect(first.locator('p').first()).toHaveText(kind);
});

test('“pricing” finds the pages that speak of prices (an English stemmer: price, prices, pricing)', async ({
  page,
}) => {
  const pricing = ENTRIES.filter((e) => /\bpric(e|es|ed|ing)\b/i.test(indexed(e))).map((e) => e.path);
  await page.goto('/search?q=pricing');
  const status = page.getByRole('status');
  if (pricing.length === 0) return expect(status).toHaveText('No results for “pricing”');
  await expect(status).toHaveText(/^\d+ results? for “pricing”$/);
  const found = await page
    .locator('[data-search-results] li a')
    .evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
  expect(found.sort()).toEqual(pricing.sort());
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
