import { describe, expect, it } from 'vitest';
import { checkFolders } from '.';
import { formatProblem } from '../errors';
import { META, section } from '../fixtures';

// Two articles, each one clean section; only their slugs and tags vary. In META the tags are on
// line 9 (after the opening --- and seven fields), written [Testing, AI Systems].
const folder = (name: string, slug: string, tags: string) => ({
  dir: `content/${name}`,
  files: [
    {
      name: 'article.mdx',
      source: META.replace('slug: test-article', `slug: ${slug}`)
        .replace('headline: A test article headline', `headline: A test article headline for ${slug}`)
        .replace('tags: [Testing, AI Systems]', tags),
    },
    { name: '01-first.mdx', source: section('eyebrow: First\ntitle: First heading') },
  ],
});
const lint = (...folders: ReturnType<typeof folder>[]) => checkFolders(folders, new Set()).map(formatProblem);

describe('tag checks', () => {
  it('accepts the same tag written the same way in several articles', () => {
    expect(
      lint(folder('one', 'one', 'tags: [AI Systems, Hiring]'), folder('two', 'two', 'tags: [AI Systems]')),
    ).toEqual([]);
  });

  it.each([
    ['case', 'tags: [AI Systems]', 'tags: [ai systems]', 'ai systems', 'AI Systems'],
    ['hyphens', 'tags: [AI Systems]', 'tags: [ai-systems]', 'ai-systems', 'AI Systems'],
    ['punctuation', 'tags: [LLMs & Agents]', 'tags: [llms and agents]', 'llms and agents', 'LLMs & Agents'],
  ])('refuses two spellings of one tag page (%s), naming both files', (_, first, second, name, firstName) => {
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
    expect(lint(folder('one', 'one', first), folder('two', 'two', second))).toEqual([
      `content/two/article.mdx:9: the tag "${name}" has the same page (/blog/tags/${slug}) as the tag "${firstName}" in content/one/article.mdx:9. Fix: spell both tags the same way.`,
    ]);
  });

  it('finds the tag’s own line in a block list', () => {
    const tags = 'tags:\n  - Hiring\n  - hiring';
    const [problem] = lint(folder('one', 'one', tags));
    expect(problem).toBe(
      'content/one/article.mdx:11: the tag "hiring" has the same page (/blog/tags/hiring) as the tag "Hiring" in content/one/article.mdx:10. Fix: spell both tags the same way.',
    );
  });

  it('refuses a tag with no Latin letter or digit: it can have no address', () => {
    expect(lint(folder('one', 'one', 'tags: [日本語]'))).toEqual([
      'content/one/article.mdx:9: the tag "日本語" has no Latin letter or digit, so it cannot have a page (/blog/tags/<tag>). Fix: add a word in Latin letters, or drop the tag.',
    ]);
  });

  it.each([['tags'], ['page']])('refuses the slug %s, which the listings use', (slug) => {
    expect(lint(folder('one', slug, 'tags: [Hiring]'))).toEqual([
      `content/one/article.mdx:2: slug "${slug}" is taken by the listings (/blog/${slug}/…). Fix: choose another slug.`,
    ]);
  });
});
