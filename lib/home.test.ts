import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { featuredArticle, loadArticles } from '@/lib/content';
import { latestWriting } from './home';

const a = (slug: string) => ({ slug });
const NEWEST_FIRST = ['e', 'd', 'c', 'b', 'a'].map(a);

describe('latestWriting', () => {
  it.each([
    ['the featured one first, then the newest others', a('c'), 3, ['c', 'e', 'd']],
    ['the featured one is the newest: newest first', a('e'), 3, ['e', 'd', 'c']],
    ['no featured one: the newest', undefined, 2, ['e', 'd']],
    ['fewer articles than asked for: all of them', a('a'), 10, ['a', 'e', 'd', 'c', 'b']],
    ['none asked for: none', a('a'), 0, []],
  ] as const)('%s', (_, featured, count, expected) => {
    expect(latestWriting(NEWEST_FIRST, featured, count).map((x) => x.slug)).toEqual(expected);
  });

  it('lists nothing when there are no articles', () => {
    expect(latestWriting([], undefined, 4)).toEqual([]);
  });

  it('reads the fixture content: the featured (else the newest) first, no article twice', () => {
    const root = 'tests/fixtures/content';
    const list = latestWriting(loadArticles(root), featuredArticle(root), 4);
    expect(list[0]).toBe(featuredArticle(root));
    expect(new Set(list).size).toBe(list.length);
  });
});

// The home page's words are the article's: each deliverable it lists is one the published
// articles name, with the same contents, so the two cannot drift apart unnoticed.
describe('site.home', () => {
  const text = loadArticles()
    .flatMap((article) => article.sections.map((s) => s.text))
    .join(' ');
  it.each(site.home.deliverables.map((d) => [d.name, d.contains]))(
    'lists “%s” as the articles do',
    (name, contains) => {
      expect(text).toContain(name);
      expect(text).toContain(contains);
    },
  );

  it('states the case-study figure as the articles do', () => {
    expect(text).toContain(site.home.proof.context.replace(/^NebulaDesk: an/, 'an').replace(/\.$/, ''));
    expect(site.home.proof.context).toContain(site.home.proof.figure);
  });
});
