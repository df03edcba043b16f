import { describe, expect, it } from 'vitest';
import { ContentError, loadArticles, parseArticle } from '@/lib/content';
import { FAQ_BODY, META, section } from '@/lib/content/fixtures';
import { articleIdea, ideaSentence, IDEA_LIMITS } from './idea';

const withIdea = (idea: string) =>
  META.replace('tags: [Testing, AI Systems]\n', `tags: [Testing, AI Systems]\n${idea}`);
const sections = [
  { name: '01-a.mdx', source: section('eyebrow: Definition\ntitle: First heading') },
  { name: '02-b.mdx', source: section('eyebrow: Options\ntitle: Second heading') },
  { name: '03-faq.mdx', source: section('eyebrow: FAQ\ntitle: Questions\nfaq: true', FAQ_BODY) },
];
const parse = (meta: string) => parseArticle('content/test', [{ name: 'article.mdx', source: meta }, ...sections]);

/** The message of the ContentError that parsing `meta` throws. */
function problem(meta: string): string {
  try {
    parse(meta);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected a ContentError, but the article was accepted');
}

const label = (n: number) => 'x'.repeat(n);

describe('articleIdea', () => {
  it.each([
    [
      'the author’s idea, as written',
      { idea: { from: 'A', through: ['B'], to: ['C', 'D'] }, tags: ['T'], sections: [{ topic: 'S' }] },
      { from: 'A', through: ['B'], to: ['C', 'D'] },
    ],
    [
      'no idea: the first topic, then the others and the tags, in two halves',
      { tags: ['Hiring'], sections: [{ topic: 'Definition' }, { topic: 'Options' }, { topic: 'Costs' }] },
      { from: 'Definition', through: ['Options', 'Costs'], to: ['Hiring'] },
    ],
    [
      'the FAQ’s topic after every other, a tag that repeats a topic drawn once (any case)',
      {
        tags: ['definition', 'Cost'],
        sections: [{ topic: 'FAQ', faq: true }, { topic: 'Definition' }, { topic: 'Options' }],
      },
      { from: 'Definition', through: ['Options', 'FAQ'], to: ['Cost'] },
    ],
    [
      'one section and one tag: a start and one label',
      { tags: ['Tag'], sections: [{ topic: 'Only' }] },
      { from: 'Only', through: ['Tag'], to: [] },
    ],
    [
      'many sections: at most four labels a column',
      { tags: ['T1', 'T2'], sections: Array.from({ length: 12 }, (_, i) => ({ topic: `S${i + 1}` })) },
      { from: 'S1', through: ['S2', 'S3', 'S4', 'S5'], to: ['S6', 'S7', 'S8', 'S9'] },
    ],
  ])('%s', (_, outline, expected) => {
    expect(articleIdea(outline)).toEqual(expected);
  });

  it('writes the idea as one sentence for a text alternative', () => {
    expect(ideaSentence({ from: 'A', through: ['B', 'C'], to: ['D'] })).toBe('A → B, C → D');
    expect(ideaSentence({ from: 'A', through: ['B'], to: [] })).toBe('A → B');
  });

  it('gives every fixture article its own idea, so no two covers draw the same picture', () => {
    const ideas = loadArticles('tests/fixtures/content', { drafts: true }).map((a) => ideaSentence(a.idea));
    expect(ideas.length).toBeGreaterThan(1);
    expect(new Set(ideas).size).toBe(ideas.length);
  });
});

describe('the idea field in article.mdx', () => {
  it('is optional: without it the article draws its own outline', () => {
    expect(parse(META).idea).toEqual({
      from: 'Definition',
      through: ['Options', 'FAQ'],
      to: ['Testing', 'AI Systems'],
    });
  });

  it('is read as written, at the longest the limits allow', () => {
    const idea = `idea:\n  from: ${label(IDEA_LIMITS.from)}\n  through: [${Array(4).fill(label(20)).join(', ')}]\n  to: [${Array(4).fill(label(20)).join(', ')}]\n`;
    expect(parse(withIdea(idea)).idea).toEqual({
      from: label(IDEA_LIMITS.from),
      through: Array(4).fill(label(IDEA_LIMITS.label)),
      to: Array(4).fill(label(IDEA_LIMITS.label)),
    });
  });

  // META's tags are on line 9, so idea: is line 10, from 11, through 12, to 13.
  it.each([
    [
      'a start too long to draw',
      `idea:\n  from: ${label(33)}\n  through: [B]\n  to: [C]\n`,
      /article\.mdx:11: field "idea\.from" expected at most 32 characters/,
    ],
    [
      'a label too long to draw',
      `idea:\n  from: A\n  through: [B, ${label(21)}]\n  to: [C]\n`,
      /article\.mdx:12: field "idea\.through\.1" expected at most 20 characters/,
    ],
    [
      'too many results',
      `idea:\n  from: A\n  through: [B]\n  to: [C, D, E, F, G]\n`,
      /article\.mdx:13: field "idea\.to" expected at most 4 items/,
    ],
    [
      'an empty list',
      `idea:\n  from: A\n  through: []\n  to: [C]\n`,
      /article\.mdx:12: field "idea\.through" expected at least 1 item/,
    ],
    ['a missing part', `idea:\n  from: A\n  to: [C]\n`, /article\.mdx:10: field "idea\.through" expected a list/],
    [
      'an empty label',
      `idea:\n  from: A\n  through: [B]\n  to: ["  "]\n`,
      /article\.mdx:13: field "idea\.to\.0" expected at least 1 characters/,
    ],
    [
      'a label that is not text',
      `idea:\n  from: A\n  through: [B]\n  to: [[C]]\n`,
      /article\.mdx:13: field "idea\.to\.0" expected text/,
    ],
    [
      'an unknown part, on its own line',
      `idea:\n  from: A\n  through: [B]\n  to: [C]\n  via: [D]\n`,
      /article\.mdx:14: unknown field "idea\.via"\. Fix: use one of from, through, to/,
    ],
    [
      'a label of wide letters the cover would have to cut',
      `idea:\n  from: ${'W'.repeat(32)}\n  through: [B]\n  to: [C]\n`,
      /article\.mdx:11: field "idea\.from" is too wide to draw whole on the cover/,
    ],
    [
      'a list instead of the three parts',
      `idea: [A, B, C]\n`,
      /article\.mdx:10: field "idea" expected a set of fields/,
    ],
  ])('refuses %s with its file and line', (_, idea, message) => {
    const error = problem(withIdea(idea));
    expect(error).toMatch(message);
    expect(error).toMatch(/Fix: /);
  });
});
