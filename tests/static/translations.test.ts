import { describe, expect, it } from 'vitest';
import { loadTranslations } from '@/lib/content';
import { interfaceWords } from '@/lib/interface-words';
import { absolute, ARTICLES, LISTINGS, sitemapUrls, TRANSLATIONS } from '../site-data';
import { all, attr, first, textContent } from './dom';
import { jsonLdOf, page, served, servedText } from './out';

// Translations (an article.mdx with language and translationOf), read from out/. What each page
// must say is read from the loader (every published translation and its original); the fixtures
// (tests/fixtures/content: a Roman-Urdu and an Urdu translation of fixture-second-article, and a
// draft French one) are known answers: their languages and directions are written here.
const FIXTURE = 'fixture-second-article';
const KNOWN = [
  { path: `/ur-latn/blog/${FIXTURE}`, lang: 'ur-Latn', dir: 'ltr' },
  { path: `/ur/blog/${FIXTURE}`, lang: 'ur', dir: 'rtl' },
];

const html = (path: string) => first(page(path), 'html')!;
const originalOf = (t: (typeof TRANSLATIONS)[number]) => ARTICLES.find((a) => a.slug === t.translationOf)!;
/** hreflang → href of a page's <link rel="alternate" hreflang>. */
const alternates = (path: string) =>
  Object.fromEntries(
    all(page(path), 'link[rel="alternate"][hreflang]').map((l) => [attr(l, 'hreflang'), attr(l, 'href')]),
  );

describe('the fixture translations', () => {
  it.each(KNOWN)('$path is a page with lang $lang and dir $dir', ({ path, lang, dir }) => {
    expect(served(path), `${path} is served (200)`).toBeDefined();
    expect(attr(html(path), 'lang')).toBe(lang);
    expect(attr(html(path), 'dir')).toBe(dir);
  });

  it("labels a quick answer in the page's language, or in English marked lang=en where content/site.ts gives no word", () => {
    const label = (path: string) => first(page(path), 'main article div[role="note"] > p')!;
    // The fixture site gives ur the word (فوری جواب) and ur-Latn none.
    expect(textContent(label(`/ur/blog/${FIXTURE}`)).trim()).toBe('فوری جواب');
    expect(attr(label(`/ur/blog/${FIXTURE}`), 'lang')).toBe(null);
    expect(textContent(label(`/ur-latn/blog/${FIXTURE}`)).trim()).toBe('Quick answer');
    expect(attr(label(`/ur-latn/blog/${FIXTURE}`), 'lang')).toBe('en');
    expect(attr(first(page(`/ur/blog/${FIXTURE}`), 'main article div[role="note"]')!, 'aria-label')).toMatch(
      /^فوری جواب: /,
    );
  });

  it("links the header's and the footer's search to the page's language (/search?lang=), the original's to /search", () => {
    const searchLinks = (path: string) =>
      all(page(path), 'header nav a, footer a')
        .map((a) => attr(a, 'href')!)
        .filter((href) => href.startsWith('/search'));
    expect(searchLinks(`/ur/blog/${FIXTURE}`)).toEqual(['/search?lang=ur', '/search?lang=ur']);
    expect(searchLinks(`/ur-latn/blog/${FIXTURE}`)).toEqual(['/search?lang=ur-Latn', '/search?lang=ur-Latn']);
    expect(searchLinks(`/blog/${FIXTURE}`)).toEqual(['/search', '/search']);
  });

  it('the original stays in English, left to right', () => {
    expect(attr(html(`/blog/${FIXTURE}`), 'lang')).toBe('en');
    expect(attr(html(`/blog/${FIXTURE}`), 'dir')).toBe(null);
  });

  it('a draft translation is built nowhere, and named by no alternate, sitemap or llms.txt', () => {
    const draft = loadTranslations(undefined, { drafts: true }).find((t) => t.draft && t.translationOf === FIXTURE);
    expect(draft, 'the draft fixture translation').toBeDefined();
    expect(served(draft!.path)).toBeUndefined();
    expect(Object.keys(alternates(`/blog/${FIXTURE}`))).not.toContain(draft!.language);
    expect(servedText('/sitemap.xml')).not.toContain(draft!.path);
    expect(servedText('/llms.txt')).not.toContain(draft!.path);
  });
});

it('the build has translations to test', () => expect(TRANSLATIONS.length).toBeGreaterThan(0));

for (const t of TRANSLATIONS) {
  const original = originalOf(t);
  describe(`translation ${t.path}`, () => {
    const versions = [original, ...TRANSLATIONS.filter((x) => x.translationOf === t.translationOf)];

    it('has its language on <html>, its own canonical and og:locale, and a twin', () => {
      expect(attr(html(t.path), 'lang')).toBe(t.language);
      expect(attr(first(page(t.path), 'link[rel="canonical"]')!, 'href')).toBe(absolute(t.path));
      const locale = attr(first(page(t.path), 'meta[property="og:locale"]')!, 'content');
      expect(locale).toMatch(new RegExp(`^${t.language.split('-')[0]}(_[A-Z]{2})?$`));
      expect(servedText(`${t.path}.md`)).toContain(`# ${t.headline}`);
    });

    it('has a twin whose lines of metadata are in its language’s words where the site gives them', () => {
      const words = interfaceWords(t.language);
      const twin = servedText(`${t.path}.md`) ?? '';
      expect(twin).toContain(`\n${words.tags} ${t.tags.join(', ')}  \n`);
      expect(twin).toContain(`\n${words.languages} `);
      expect(twin).toContain(`\n${words.canonical} ${absolute(t.path)}\n`);
    });

    it('and its original name every version with hreflang, itself included, and x-default the original', () => {
      const expected = {
        ...Object.fromEntries(versions.map((v) => [v.language, absolute(v.path)])),
        'x-default': absolute(original.path),
      };
      expect(alternates(t.path)).toEqual(expected);
      expect(alternates(original.path)).toEqual(expected);
    });

    it('and its original show a switch: a link to each other version in its own language', () => {
      for (const here of versions) {
        const nav = first(page(here.path), 'nav[data-language-switch]');
        expect(nav, `${here.path} has a language switch`).toBeDefined();
        const links = all(nav!, 'a[hreflang]').map((a) => [attr(a, 'hreflang'), attr(a, 'href'), attr(a, 'lang')]);
        expect(links.sort()).toEqual(
          versions
            .filter((v) => v !== here)
            .map((v) => [v.language, v.path, v.language])
            .sort(),
        );
      }
    });

    it('carries BlogPosting inLanguage and translationOfWork; its original workTranslation', () => {
      const posting = (path: string) => jsonLdOf(page(path))['@graph'].find((n) => n['@type'] === 'BlogPosting')!;
      const mine = posting(t.path);
      expect(mine.inLanguage).toBe(t.language);
      expect((mine.translationOfWork as { '@id': string })['@id']).toBe(posting(original.path)['@id']);
      const theirs = (posting(original.path).workTranslation as { '@id': string; inLanguage: string }[]) ?? [];
      expect(theirs.map((w) => w.inLanguage)).toContain(t.language);
      expect(theirs.map((w) => w['@id'])).toContain(mine['@id']);
      const faq = jsonLdOf(page(t.path))['@graph'].find((n) => n['@type'] === 'FAQPage');
      if (t.faq.length) {
        expect(faq?.inLanguage).toBe(t.language);
        expect((faq?.mainEntity as { name: string }[]).map((q) => q.name)).toEqual(t.faq.map((q) => q.question));
      }
    });

    it('is in the sitemap with xhtml:link alternates, and in llms.txt', () => {
      const xml = servedText('/sitemap.xml');
      expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
      expect(sitemapUrls()).toContain(absolute(t.path));
      const entry = xml.split('<url>').find((u) => u.includes(`<loc>${absolute(t.path)}</loc>`))!;
      for (const v of versions)
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="${v.language}" href="${absolute(v.path)}"`);
      expect(entry).toContain(`hreflang="x-default" href="${absolute(original.path)}"`);
      expect(servedText('/llms.txt')).toContain(`(${absolute(`${t.path}.md`)})`);
    });

    it('is listed nowhere as an article of its own: the listings show the original once', () => {
      for (const listing of LISTINGS) {
        const doc = page(listing.path);
        const headings = all(doc, 'main article h2 a, main article h3 a').map((a) => attr(a, 'href'));
        expect(headings, listing.path).not.toContain(t.path);
        expect(headings.filter((h) => h === original.path).length, listing.path).toBeLessThanOrEqual(1);
      }
      expect(servedText('/feed.xml')).not.toContain(absolute(t.path));
    });

    it('shows the interface in its words where content/site.ts gives them', () => {
      const text = textContent(first(page(t.path), 'main')!);
      expect(text).toContain(t.sections[0]!.eyebrow);
      expect(text).toContain(t.headline);
    });
  });
}
