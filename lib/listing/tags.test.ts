import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content';
import { collectTags, tagPath, tagSlug } from './tags';

const a = (slug: string, tags: string[]) => ({ slug, tags }) as unknown as Article;

describe('tagSlug and tagPath', () => {
  it.each([
    ['AI Systems', 'ai-systems'],
    ['ai-systems', 'ai-systems'],
    ['LLMs & Agents', 'llms-and-agents'],
    ['Café', 'cafe'],
    ['  Hiring ', 'hiring'],
    ['C++', 'c'],
    ['日本語', ''],
    ['!!!', ''],
  ])('%j → %j', (name, slug) => expect(tagSlug(name)).toBe(slug));
  it('puts the page under /blog/tags', () => expect(tagPath('AI Systems')).toBe('/blog/tags/ai-systems'));
});

describe('collectTags', () => {
  it('lists every tag once, sorted by name, each with its articles in the order given', () => {
    const articles = [a('new', ['Hiring', 'AI Systems']), a('mid', ['AI Systems']), a('old', ['Hiring', 'Cost'])];
    expect(collectTags(articles).map((t) => [t.name, t.slug, t.path, t.articles.map((x) => x.slug)])).toEqual([
      ['AI Systems', 'ai-systems', '/blog/tags/ai-systems', ['new', 'mid']],
      ['Cost', 'cost', '/blog/tags/cost', ['old']],
      ['Hiring', 'hiring', '/blog/tags/hiring', ['new', 'old']],
    ]);
  });
  it('counts an article once under a tag it names twice, however spelled', () => {
    const [tag, ...rest] = collectTags([a('x', ['AI Systems', 'ai-systems', 'AI Systems'])]);
    expect(rest).toEqual([]);
    expect(tag!.articles.map((x) => x.slug)).toEqual(['x']);
  });
  it('is empty for no articles', () => expect(collectTags([])).toEqual([]));
});
