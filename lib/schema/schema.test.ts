import { describe, expect, it } from 'vitest';
import { parseArticle, siteOwner, type Article } from '@/lib/content';
import { FAQ_BODY, META, section } from '@/lib/content/fixtures';
import {
  articleGraph,
  blogIndexGraph,
  blogPosting,
  breadcrumbList,
  danglingRefs,
  faqPage,
  graph,
  homeGraph,
  person,
  serializeJsonLd,
} from '@/lib/schema';

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
    ['datePublished', '2026-01-05T09:00:00+00:00'],
    ['dateModified', '2026-02-01T10:30:00+05:00'],
    ['keywords', 'Testing, AI Systems'],
    ['inLanguage', 'en'],
    [
      'image',
      [
        {
          '@type': 'ImageObject',
          url: 'https://example.test/blog/test-article/cover-16x9.png',
          width: '1200',
          height: '675',
        },
        {
          '@type': 'ImageObject',
          url: 'https://example.test/blog/test-article/cover-4x3.png',
          width: '1200',
          height: '900',
        },
        {
          '@type': 'ImageObject',
          url: 'https://example.test/blog/test-article/cover-1x1.png',
          width: '1200',
          height: '1200',
        },
      ],
    ],
    ['mainEntityOfPage', { '@id': 'https://example.test/blog/test-article#webpage' }],
    ['isPartOf', { '@id': 'https://example.test/#website' }],
    ['articleSection', 'Testing'],
    [
      'author',
      {
        '@id': 'https://example.test/#mudassir-khan',
        '@type': 'Person',
        name: 'Mudassir Khan',
        url: 'https://example.test',
      },
    ],
    [
      'publisher',
      {
        '@id': 'https://example.test/#mudassir-khan',
        '@type': 'Person',
        name: 'Mudassir Khan',
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
      'WebSite',
      'Person',
      'WebPage',
      'BlogPosting',
      'BreadcrumbList',
    ]);
  });
});

describe('page graphs', () => {
  const owner = siteOwner();
  const page = { title: 'T', description: 'D' };
  const types = (g: { '@graph': readonly unknown[] }) => g['@graph'].map((n) => (n as { '@type': string })['@type']);

  it.each([
    ['home', () => homeGraph(ORIGIN, owner, page), ['WebSite', 'Person', 'WebPage']],
    [
      'blog index',
      () => blogIndexGraph(ORIGIN, owner, page, [article()]),
      ['WebSite', 'Person', 'CollectionPage', 'BreadcrumbList'],
    ],
    [
      'article',
      () => articleGraph(article(), ORIGIN),
      ['WebSite', 'Person', 'WebPage', 'BlogPosting', 'BreadcrumbList', 'FAQPage'],
    ],
  ])('the %s graph has its nodes and no dangling @id', (_, build, expected) => {
    const g = build();
    expect(types(g)).toEqual(expected);
    expect(danglingRefs(g)).toEqual([]);
    const ids = g['@graph'].map((n) => (n as { '@id'?: string })['@id']).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the same @id to the site and the person on every page', () => {
    const idsOf = (g: { '@graph': readonly unknown[] }) =>
      g['@graph'].slice(0, 2).map((n) => (n as { '@id': string })['@id']);
    expect(idsOf(homeGraph(ORIGIN, owner, page))).toEqual(idsOf(articleGraph(article(), ORIGIN)));
  });

  it('makes the article breadcrumbs Home › Writing › article, positions from 1', () => {
    const crumbs = articleGraph(article(), ORIGIN)['@graph'].find(
      (n) => (n as { '@type': string })['@type'] === 'BreadcrumbList',
    );
    expect((crumbs as unknown as { itemListElement: unknown[] }).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: { '@id': ORIGIN, name: 'Home' } },
      { '@type': 'ListItem', position: 2, name: 'Writing', item: { '@id': `${ORIGIN}/blog`, name: 'Writing' } },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'A test article headline',
        item: { '@id': `${ORIGIN}/blog/test-article`, name: 'A test article headline' },
      },
    ]);
  });

  it('describes the person with name, job title and url, and leaves sameAs out while there is none', () => {
    expect(person(ORIGIN, owner)).toEqual({
      '@type': 'Person',
      '@id': `${ORIGIN}/#mudassir-khan`,
      name: 'Mudassir Khan',
      jobTitle: 'Agentic AI Consultant & AI Systems Architect',
      url: ORIGIN,
    });
    expect((person(ORIGIN, { ...owner, sameAs: ['https://example.org/me'] }) as { sameAs?: unknown }).sameAs).toEqual([
      'https://example.org/me',
    ]);
  });

  it('refuses a breadcrumb trail of one item', () => {
    expect(() => breadcrumbList(ORIGIN, [{ name: 'Home', path: '/' }])).toThrow(/at least two items/);
  });

  it('refuses to build a graph with a reference to a node it does not hold', () => {
    expect(() =>
      graph([{ '@type': 'WebPage', '@id': 'x', isPartOf: { '@id': 'https://example.test/#nowhere' } } as never]),
    ).toThrow(/does not describe: https:\/\/example\.test\/#nowhere/);
  });
});

describe('danglingRefs', () => {
  it.each([
    ['no references', [{ '@id': 'a' }], []],
    ['a resolved reference', [{ '@id': 'a', x: { '@id': 'b' } }, { '@id': 'b' }], []],
    ['a dangling one, deep in arrays', [{ '@id': 'a', x: [{ y: { '@id': 'c' } }] }], ['c']],
    ['the same dangling id twice, once', [{ x: { '@id': 'c' } }, { y: { '@id': 'c' } }], ['c']],
    ['nodes that are not objects', [null, 'text', 3], []],
    ['a node described in place (an @id with properties)', [{ '@id': 'a', item: { '@id': 'p', name: 'P' } }], []],
  ])('%s', (_, nodes, expected) => expect(danglingRefs({ '@graph': nodes })).toEqual(expected));
});
