import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content';
import { relatedArticles } from './related';

const a = (slug: string, published: string, tags: string[]) => ({ slug, published, tags }) as unknown as Article;
const ARTICLES = [
  a('newest', '2026-06-01T00:00:00Z', ['Hiring']),
  a('two-shared', '2026-01-01T00:00:00Z', ['AI Architecture', 'AI Systems']),
  a('one-shared-new', '2026-05-01T00:00:00Z', ['ai systems']),
  a('one-shared-old', '2026-02-01T00:00:00Z', ['AI Architecture']),
  a('none-shared', '2026-04-01T00:00:00Z', ['Cooking']),
];
const slugs = (list: Article[]) => list.map((x) => x.slug);

describe('relatedArticles', () => {
  it('puts most shared tags first, then the newest, case aside, never the article itself', () => {
    const me = a('me', '2026-03-01T00:00:00Z', ['AI Architecture', 'AI Systems']);
    expect(slugs(relatedArticles(me, [me, ...ARTICLES]))).toEqual(['two-shared', 'one-shared-new', 'one-shared-old']);
  });

  it('fills with the newest others when too few share a tag', () => {
    const me = a('me', '2026-03-01T00:00:00Z', ['Hiring']);
    expect(slugs(relatedArticles(me, ARTICLES))).toEqual(['newest', 'one-shared-new', 'none-shared']);
  });

  it('is empty when there is no other article', () => {
    const me = a('me', '2026-03-01T00:00:00Z', ['Hiring']);
    expect(relatedArticles(me, [me])).toEqual([]);
    expect(relatedArticles(me, [])).toEqual([]);
  });

  it('suggests at most the count asked for', () => {
    const me = a('me', '2026-03-01T00:00:00Z', ['Hiring']);
    expect(relatedArticles(me, ARTICLES, 1)).toHaveLength(1);
    expect(relatedArticles(me, ARTICLES)).toHaveLength(3);
  });
});
