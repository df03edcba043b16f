import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '@/lib/content';
import { FAQ_BODY, META, section } from '@/lib/content/fixtures';
import { articleGraph, blogPosting, faqPage, serializeJsonLd } from '@/lib/schema';

const ORIGIN = 'https://example.test';

function article(faqBody = FAQ_BODY): Article {
  return parseArticle('content/t', [
    { name: 'article.mdx', source: META },
    { name: '01-a.mdx', source: section('eyebrow: A\ntitle: A heading') },
    { name: '02-faq.mdx', source: section('eyebrow: FAQ\ntitle: Questions\nfaq: true', faqBody) },
  ]);
}

describe('serializeJsonLd', () => {
  it.each([
    ['</script> in text', { text: 'a </script><script>alert(1)</script>' }],
    ['an HTML comment opener', { text: '<!-- x -->' }],
    ['ampersands and angle brackets', { text: 'a & b < c > d' }],
    ['line and paragraph separators', { text: 'a\u2028b\u2029c' }],
    ['nested arrays', { list: [{ a: '<b>' }, ['<i>']] }],
  ])('escapes %s and round-trips to the same data', (_, data) => {
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });

  it('refuses undefined instead of writing "undefined" into the page', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(/nothing to serialize/);
  });
});

describe('blogPosting', () => {
  const node = blogPosting(article(), ORIGIN);
  it.each([
    ['@type', 'BlogPosting'],
    ['@id', 'https://example.test/blog/test-article#article'],
    ['headline', 'A test article headline'],
    ['url', 'https://example.test/blog/test-article'],
    ['mainEntityOfPage', 'https://example.test/blog/test-article'],
    ['datePublished', '2026-01-05T09:00:00+00:00'],
    ['dateModified', '2026-02-01T10:30:00+05:00'],
    ['keywords', 'Testing, AI Systems'],
    ['inLanguage', 'en'],
    [
      'image',
      [
        'https://example.test/blog/test-article/cover-16x9.png',
        'https://example.test/blog/test-article/cover-4x3.png',
        'https://example.test/blog/test-article/cover-1x1.png',
      ],
    ],
    [
      'author',
      {
        '@type': 'Person',
        name: 'Mudassir Khan',
        jobTitle: 'Agentic AI Consultant & AI Systems Architect',
        url: 'https://example.test',
      },
    ],
  ])('has %s', (key, expected) => {
    expect((node as unknown as Record<string, unknown>)[key]).toEqual(expected);
  });

  it('counts the words of the article', () => {
    expect(node.wordCount).toBe(article().wordCount);
  });
});

describe('faqPage', () => {
  it('has one Question per FAQ entry, with the same words', () => {
    const a = article();
    const node = faqPage(a, ORIGIN)!;
    expect(node['@type']).toBe('FAQPage');
    expect(node.mainEntity).toEqual(
      a.faq.map((f) => ({
        '@type': 'Question',
        name: f.question,
        url: `https://example.test/blog/test-article#${f.id}`,
        acceptedAnswer: { '@type': 'Answer', text: f.answer },
      })),
    );
  });

  it('keeps an answer containing </script> as text, and the page script intact', () => {
    const a = article('### Can answers hold markup?\n\nYes: `</script><script>alert(1)</script>` stays text.');
    const json = serializeJsonLd(articleGraph(a, ORIGIN));
    expect(json).not.toContain('</script>');
    const parsed = JSON.parse(json) as {
      '@graph': { '@type': string; mainEntity?: { acceptedAnswer: { text: string } }[] }[];
    };
    const faq = parsed['@graph'].find((n) => n['@type'] === 'FAQPage');
    expect(faq?.mainEntity?.[0]?.acceptedAnswer.text).toBe('Yes: </script><script>alert(1)</script> stays text.');
  });

  it('is absent when the article has no FAQ', () => {
    const noFaq = { ...article(), faq: [] };
    expect(faqPage(noFaq, ORIGIN)).toBeUndefined();
    expect(articleGraph(noFaq, ORIGIN)['@graph'].map((n) => (n as { '@type': string })['@type'])).toEqual([
      'BlogPosting',
    ]);
  });
});
