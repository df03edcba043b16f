import { describe, expect, it } from 'vitest';
import { loadArticles, loadTranslations } from '@/lib/content';
import { articleMetadata, languageAlternates } from '@/lib/outputs/metadata';
import { sitemapEntries } from '@/lib/outputs/sitemap';
import { articleGraph } from '.';

// The fixture translations of tests/fixtures/content (ur-Latn, ur; fr is a draft) as every output
// names them: hreflang, og:locale, the sitemap and JSON-LD.
const ROOT = 'tests/fixtures/content';
const O = 'https://example.test';
const original = loadArticles(ROOT, { drafts: false }).find((a) => a.slug === 'fixture-second-article')!;
const [urLatn, ur] = ['ur-Latn', 'ur'].map((l) =>
  loadTranslations(ROOT, { drafts: false }).find((t) => t.language === l && t.translationOf === original.slug)!,
);

describe('a translated article’s outputs', () => {
  it('name every published version with hreflang, x-default the original; a draft is in none', () => {
    const expected = {
      languages: {
        en: `${O}/blog/fixture-second-article`,
        ur: `${O}/ur/blog/fixture-second-article`,
        'ur-Latn': `${O}/ur-latn/blog/fixture-second-article`,
        'x-default': `${O}/blog/fixture-second-article`,
      },
    };
    for (const a of [original, urLatn!, ur!]) expect(languageAlternates(a.versions, O)).toEqual(expected);
    expect(articleMetadata(ur!, O).alternates?.languages).toEqual(expected.languages);
    expect(articleMetadata(ur!, O).openGraph).toMatchObject({ locale: 'ur_PK' });
    expect(articleMetadata(original, O).openGraph).toMatchObject({ locale: 'en_US' });
  });

  it('give none to an article in one language', () =>
    expect(languageAlternates([original.versions[0]!], O)).toEqual({}));

  it('link BlogPostings by @id: translationOfWork to the original, workTranslation to each translation', () => {
    const posting = (a: typeof original) =>
      (articleGraph(a, O)['@graph'] as unknown as Record<string, unknown>[]).find((n) => n['@type'] === 'BlogPosting')!;
    expect(posting(ur!)).toMatchObject({
      inLanguage: 'ur',
      translationOfWork: { '@id': `${O}/blog/fixture-second-article#article`, inLanguage: 'en' },
    });
    expect(posting(original).inLanguage).toBe('en');
    expect(posting(original).workTranslation).toEqual([
      {
        '@id': `${O}/ur/blog/fixture-second-article#article`,
        inLanguage: 'ur',
      },
      {
        '@id': `${O}/ur-latn/blog/fixture-second-article#article`,
        inLanguage: 'ur-Latn',
      },
    ]);
    const faq = (articleGraph(urLatn!, O)['@graph'] as unknown as Record<string, unknown>[]).find(
      (n) => n['@type'] === 'FAQPage',
    );
    expect(faq?.inLanguage).toBe('ur-Latn');
  });

  it('list each version in the sitemap with its alternates', () => {
    const entries = sitemapEntries([original], O, { translations: [urLatn!, ur!], others: [] });
    const entry = entries.find((e) => e.url === `${O}/ur/blog/fixture-second-article`);
    expect(entry?.alternates?.languages).toMatchObject({ 'x-default': `${O}/blog/fixture-second-article` });
  });
});
