import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content';
import { blogListing } from '@/lib/listing/listing-pages';
import { articleMetadata, listingViewMetadata, pageMetadata } from './metadata';

const ORIGIN = 'https://example.test';

describe('pageMetadata', () => {
  it('gives an absolute canonical and matching Open Graph and Twitter fields', () => {
    const m = pageMetadata({ title: 'T', description: 'D', path: '/blog' }, ORIGIN);
    expect(m.title).toEqual({ absolute: 'T' });
    expect(m.alternates?.canonical).toBe('https://example.test/blog');
    expect(m.openGraph).toMatchObject({
      url: 'https://example.test/blog',
      title: 'T',
      description: 'D',
      type: 'website',
    });
    expect(m.twitter).toMatchObject({ title: 'T', description: 'D' });
  });

  it('refuses a relative path', () => {
    expect(() => pageMetadata({ title: 'T', description: 'D', path: 'blog' }, ORIGIN)).toThrow();
  });
});

describe('listingViewMetadata', () => {
  // Five fixture-shaped articles, two a page: pages 1, 2 and 3 of /blog.
  const [one] = loadArticles('tests/fixtures/content');
  const articles = Array.from({ length: 5 }, (_, i) => ({ ...one!, slug: `a-${i}`, path: `/blog/a-${i}` }));

  it('links a middle page to both neighbours, absolutely, with its own canonical', () => {
    const m = listingViewMetadata(blogListing(articles, 2, 2), ORIGIN);
    expect(m.alternates?.canonical).toBe('https://example.test/blog/page/2');
    expect(m.pagination).toEqual({ previous: 'https://example.test/blog', next: 'https://example.test/blog/page/3' });
  });

  it('gives the first page no previous and the last no next', () => {
    expect(listingViewMetadata(blogListing(articles, 1, 2), ORIGIN).pagination).toEqual({
      previous: null,
      next: 'https://example.test/blog/page/2',
    });
    expect(listingViewMetadata(blogListing(articles, 3, 2), ORIGIN).pagination).toEqual({
      previous: 'https://example.test/blog/page/2',
      next: null,
    });
  });

  it('refuses a page past the last', () => {
    expect(() => listingViewMetadata(blogListing(articles, 4, 2), ORIGIN)).toThrow();
  });
});

describe('articleMetadata', () => {
  // A fixture article, not the site's own: the test holds whatever content/ says.
  const article = loadArticles('tests/fixtures/content').find((a) => a.slug === 'fixture-every-feature');
  const m = articleMetadata(article!, ORIGIN);

  it('describes the article for Open Graph, with zoned dates, author, tags and the 1200×630 image', () => {
    expect(m.alternates?.canonical).toBe('https://example.test/blog/fixture-every-feature');
    expect(m.openGraph).toMatchObject({
      type: 'article',
      publishedTime: article!.published,
      modifiedTime: article!.updated,
      authors: ['https://example.test'],
      tags: ['Testing', 'Fixtures'],
      images: [{ url: 'https://example.test/blog/fixture-every-feature/cover-og.png', width: 1200, height: 630 }],
    });
    expect(m.twitter).toMatchObject({ card: 'summary_large_image', title: article!.title });
  });
});
