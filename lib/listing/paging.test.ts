import { describe, expect, it } from 'vitest';
import { checkPageSize, laterPages, pageCount, pageNumber, pagePath, pagePaths, paginate } from './paging';
import { articlesPerPage, listingPaths, pageSizeProblems } from './listings';

describe('checkPageSize (content/site.ts articlesPerPage)', () => {
  it.each([[1], [20], [1000]])('accepts %s', (n) => expect(checkPageSize(n)).toBe(n));
  it.each([[0], [-1], [2.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['20'], [undefined], [null]])(
    'refuses %s, saying what to write',
    (bad) => expect(() => checkPageSize(bad)).toThrow(/articlesPerPage is .*: expected a whole number .* Fix: /),
  );
  it('the site’s own value passes', () => expect(articlesPerPage()).toBeGreaterThanOrEqual(1));
  it('a bad value is a content problem located in content/site.ts', () => {
    const [problem, ...rest] = pageSizeProblems(0);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'content/site.ts',
      message: expect.stringMatching(/^articlesPerPage is 0: .*Fix: /),
    });
    expect(problem!.line).toBeGreaterThan(1);
    expect(pageSizeProblems(20)).toEqual([]);
  });
});

describe('pageCount, laterPages and pagePaths', () => {
  it.each([
    [0, 20, 1, []],
    [1, 20, 1, []],
    [20, 20, 1, []],
    [21, 20, 2, [2]],
    [45, 20, 3, [2, 3]],
    [45, 1, 45, Array.from({ length: 44 }, (_, i) => i + 2)],
  ])('%s items, %s a page → %s pages, later pages %j', (total, size, count, later) => {
    expect(pageCount(total, size)).toBe(count);
    expect(laterPages(total, size)).toEqual(later);
    expect(pagePaths('/blog', total, size)).toEqual(['/blog', ...later.map((n) => `/blog/page/${n}`)]);
  });
  it.each([[0], [-3], [1.5]])('refuses page size %s', (size) =>
    expect(() => pageCount(10, size)).toThrow(/whole number/),
  );
});

describe('pagePath', () => {
  it('puts page 1 at the listing itself, never /page/1', () => {
    expect(pagePath('/blog', 1)).toBe('/blog');
    expect(pagePath('/blog/tags/ai', 3)).toBe('/blog/tags/ai/page/3');
  });
  it.each([[0], [-1], [1.5]])('refuses page %s', (n) =>
    expect(() => pagePath('/blog', n)).toThrow(/not a page number/),
  );
});

describe('pageNumber: the URL segments that are later pages', () => {
  it.each([
    ['2', 2],
    ['3', 3],
    ['1', undefined],
    ['4', undefined],
    ['02', undefined],
    ['0', undefined],
    ['-2', undefined],
    ['2.0', undefined],
    ['x', undefined],
    ['', undefined],
  ])('%j of 45 at 20 a page → %s', (segment, expected) => expect(pageNumber(segment, 45, 20)).toBe(expected));
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  it('slices each page, links its neighbours and lists every page', () => {
    const first = paginate(items, 1, 20, '/blog');
    expect(first).toMatchObject({ number: 1, count: 3, previous: undefined, next: '/blog/page/2' });
    expect(first.items).toEqual(items.slice(0, 20));
    const last = paginate(items, 3, 20, '/blog');
    expect(last).toMatchObject({
      previous: '/blog/page/2',
      next: undefined,
      paths: ['/blog', '/blog/page/2', '/blog/page/3'],
    });
    expect(last.items).toEqual([40, 41, 42, 43, 44]);
    expect(paginate(items, 2, 20, '/blog')).toMatchObject({ previous: '/blog', next: '/blog/page/3' });
  });
  it('gives an empty listing one empty page', () => {
    expect(paginate([], 1, 20, '/blog')).toMatchObject({ count: 1, items: [], paths: ['/blog'] });
  });
  it.each([[0], [4], [-1], [1.5]])('refuses page %s of three', (n) =>
    expect(() => paginate(items, n, 20, '/blog')).toThrow(/does not exist/),
  );
});

describe('listingPaths', () => {
  it('lists each page of /blog, the tag index and each page of every tag', () => {
    const tags = [
      { path: '/blog/tags/a', articles: Array.from({ length: 3 }) },
      { path: '/blog/tags/b', articles: Array.from({ length: 1 }) },
    ];
    expect(listingPaths(5, tags, 2)).toEqual([
      '/blog',
      '/blog/page/2',
      '/blog/page/3',
      '/blog/tags',
      '/blog/tags/a',
      '/blog/tags/a/page/2',
      '/blog/tags/b',
    ]);
  });
});
