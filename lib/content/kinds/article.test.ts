import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, featuredArticle, loadArticles, parseArticle, showDrafts } from '@/lib/content';
import { FAQ_BODY, META, section } from '../fixtures';

const files = (...extra: { name: string; source: string }[]) => [
  { name: 'article.mdx', source: META },
  { name: '02-second.mdx', source: section('eyebrow: Second\ntitle: Second heading') },
  { name: '01-first.mdx', source: section('eyebrow: First\ntitle: First heading') },
  { name: '03-faq.mdx', source: section('eyebrow: FAQ\ntitle: Questions\nfaq: true', FAQ_BODY) },
  ...extra,
];

/** The message of the ContentError that `fn` throws. */
function contentError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

describe('parseArticle', () => {
  it('orders sections by file number and numbers their eyebrows', () => {
    const article = parseArticle('content/test', files());
    expect(article.sections.map((s) => [s.name, s.eyebrow, s.title, s.id])).toEqual([
      ['01-first', 'Section 01 · First', 'First heading', 'first-heading'],
      ['02-second', 'Section 02 · Second', 'Second heading', 'second-heading'],
      ['03-faq', 'Section 03 · FAQ', 'Questions', 'questions'],
    ]);
    expect(article).toMatchObject({ slug: 'test-article', path: '/blog/test-article', dir: 'test' });
    expect(article.author).toMatchObject({ id: 'mudassir-khan', name: 'Mudassir Khan' });
  });

  it('extracts FAQ pairs as plain text, paragraphs joined, intro left out', () => {
    expect(parseArticle('content/test', files()).faq).toEqual([
      {
        question: 'First question?',
        id: 'first-question',
        answer: 'First answer, with bold and a link. Second paragraph of the first answer.',
      },
      { question: 'Second question?', id: 'second-question', answer: 'Second answer.' },
    ]);
  });

  it('derives word count and reading time from the visible text', () => {
    const article = parseArticle('content/test', files());
    expect(article.wordCount).toBeGreaterThan(30);
    expect(article.readingMinutes).toBe(1);
  });

  it.each([
    ['a missing title', META.replace(/^title:.*\n/m, ''), /content\/test\/article\.mdx:1: field "title" is missing/],
    ['a bad slug', META.replace('test-article', 'Test Article'), /article\.mdx:2: field "slug" expected lower-case/],
    [
      'a short description',
      META.replace(/^description:.*$/m, 'description: Too short.'),
      /article\.mdx:5: field "description" expected at least 50/,
    ],
    [
      'an unknown author',
      META.replace('mudassir-khan', 'someone'),
      /article\.mdx:6: field "author" expected one of: mudassir-khan; found "someone"/,
    ],
    [
      'a date without timezone',
      META.replace('2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00'),
      /article\.mdx:7: field "published" expected a date, time and timezone/,
    ],
    [
      'a date-only value',
      META.replace('2026-01-05T09:00:00+00:00', '2026-01-05'),
      /field "published" expected a date, time and timezone/,
    ],
    [
      'updated before published',
      META.replace('2026-02-01T10:30:00+05:00', '2025-12-01T10:30:00Z'),
      /article\.mdx:8: field "updated" is before published/,
    ],
    ['no tags', META.replace('[Testing, AI Systems]', '[]'), /field "tags" expected at least one tag/],
    ['a misspelt field', META.replace('headline:', 'hedline:'), /article\.mdx:3: unknown field "hedline"/],
    [
      'broken YAML',
      META.replace('tags: [Testing, AI Systems]', 'tags: [Testing'),
      /article\.mdx:\d+: the frontmatter is not valid YAML/,
    ],
    ['text after the metadata', `${META}\nA paragraph.\n`, /article\.mdx:12: article\.mdx holds metadata only/],
  ])('rejects article metadata with %s, naming file, line and field', (_, source, expected) => {
    const message = contentError(() =>
      parseArticle('content/test', [{ name: 'article.mdx', source }, ...files().slice(1)]),
    );
    expect(message).toMatch(expected);
  });

  it.each([
    ['no article.mdx', files().slice(1), /content\/test\/article\.mdx:1: missing/],
    ['no sections', files().slice(0, 1), /content\/test:1: the article has no section files/],
    [
      'a gap in the numbering',
      [...files(), { name: '05-gap.mdx', source: section('eyebrow: X\ntitle: Gap') }],
      /05-gap\.mdx:1: expected section number 04/,
    ],
    [
      'a file name that is not NN-name.mdx',
      [...files(), { name: 'notes.mdx', source: section('eyebrow: X\ntitle: Notes') }],
      /notes\.mdx:1: not a section file name.*04-notes\.mdx/,
    ],
    [
      'two FAQ sections',
      [
        ...files(),
        { name: '04-faq-again.mdx', source: section('eyebrow: FAQ\ntitle: More questions\nfaq: true', '### Q?\n\nA.') },
      ],
      /04-faq-again\.mdx:1: a second FAQ section/,
    ],
    [
      'two headings with one id',
      [...files(), { name: '04-dup.mdx', source: section('eyebrow: X\ntitle: First heading') }],
      /04-dup\.mdx:1: the heading "First heading" has the same link id \(#first-heading\) as "First heading" \(01-first\.mdx:1\)/,
    ],
  ])('rejects an article with %s', (_, input, expected) => {
    expect(contentError(() => parseArticle('content/test', input))).toMatch(expected);
  });

  it('reports every problem at once, not just the first', () => {
    const broken = files().map((f) =>
      f.name === 'article.mdx'
        ? { ...f, source: META.replace(/^title:.*\n/m, '') }
        : f.name === '01-first.mdx'
          ? { ...f, source: section('eyebrow: First') }
          : f,
    );
    const message = contentError(() => parseArticle('content/test', broken));
    expect(message).toMatch(/article\.mdx:1: field "title" is missing/);
    expect(message).toMatch(/01-first\.mdx:1: field "title" is missing/);
  });
});

describe('loadArticles on the fixture articles', () => {
  // Content is data: these read the fixtures (tests/fixtures/content), never the site's own articles.
  const articles = loadArticles('tests/fixtures/content', { drafts: true });
  const bySlug = new Map(articles.map((a) => [a.slug, a]));

  it('reads every folder, newest first, drafts only when asked', () => {
    expect([...bySlug.keys()].sort()).toEqual([
      'fixture-draft-article',
      'fixture-every-feature',
      'fixture-media-article',
      'fixture-second-article',
    ]);
    const dates = articles.map((a) => Date.parse(a.published));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(loadArticles('tests/fixtures/content', { drafts: false }).map((a) => a.slug)).not.toContain(
      'fixture-draft-article',
    );
  });

  it('measures the images beside the text once, from their headers, with their files and cover crops', () => {
    const a = bySlug.get('fixture-media-article')!;
    const photo = a.media.get('harbour-photo.jpg')!;
    const diagram = a.media.get('pipeline-diagram.png')!;
    expect([photo.width, photo.height, photo.fallback]).toEqual([1440, 1080, 'jpeg']);
    expect([diagram.width, diagram.height, diagram.fallback]).toEqual([1440, 600, 'png']);
    expect(photo.largest.source).toBe(
      join(process.cwd(), 'tests/fixtures/content/fixture-media-article/harbour-photo.jpg'),
    );
    expect(Object.keys(a.coverPhoto ?? {})).toEqual(['og', '16x9', '4x3', '1x1']);
    // An article without images or cover has none, and keeps its drawn cover.
    expect(bySlug.get('fixture-every-feature')!.media.size).toBe(0);
    expect(bySlug.get('fixture-every-feature')!.coverPhoto).toBeUndefined();
  });

  it('derives the path, sections, ids, FAQ and reading time once, in the loader', () => {
    const a = bySlug.get('fixture-every-feature')!;
    expect(a.path).toBe('/blog/fixture-every-feature');
    expect(a.sections.map((s) => [s.eyebrow, s.id])).toEqual([
      ['Section 01 · Overview', 'what-this-fixture-holds'],
      ['Section 02 · Table', 'a-table-with-row-headers'],
      ['Section 03 · FAQ', 'fixture-questions-and-answers'],
    ]);
    expect(a.sections[0]!.subsections.map((s) => s.id)).toEqual([
      'subsections-get-link-ids',
      'вторая-часть-на-русском',
    ]);
    expect(a.faq.map((q) => q.id)).toEqual(['is-this-fixture-part-of-the-site', 'does-every-question-get-an-answer']);
    expect(a.readingMinutes).toBe(1);
  });
});

describe('showDrafts', () => {
  it.each([
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'test' }, false],
    [{}, false],
  ])('%j → %s: only npm run dev shows drafts', (env, expected) => expect(showDrafts(env)).toBe(expected));
});

describe('featuredArticle', () => {
  const root = mkdtempSync(join(tmpdir(), 'featured-'));
  const write = (slug: string, published: string, extra: string) => {
    mkdirSync(join(root, slug), { recursive: true });
    const meta = META.replace('slug: test-article', `slug: ${slug}`)
      .replace(/published: .*/, `published: ${published}`)
      .replace(/updated: .*/, `updated: ${published}`)
      .replace('tags:', `${extra}tags:`);
    writeFileSync(join(root, slug, 'article.mdx'), meta);
    writeFileSync(join(root, slug, '01-a.mdx'), section('eyebrow: A\ntitle: A heading'));
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the newest article when none is featured', () => {
    write('old-one', '2026-01-01T09:00:00+00:00', '');
    write('new-one', '2026-06-01T09:00:00+00:00', '');
    expect(featuredArticle(root)?.slug).toBe('new-one');
  });

  it('is the featured article, older or not, and the newest of several featured', () => {
    write('pillar', '2025-01-01T09:00:00+00:00', 'featured: true\n');
    expect(featuredArticle(root)?.slug).toBe('pillar');
    write('second-pillar', '2025-06-01T09:00:00+00:00', 'featured: true\n');
    expect(featuredArticle(root)?.slug).toBe('second-pillar');
  });
});
