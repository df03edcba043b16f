import { describe, expect, it } from 'vitest';
import { inspectFolders } from '.';
import { formatProblem } from '../errors';
import { linkVersions } from '../store';
import { completeArticle, readArticle } from '../kinds/article';
import { FAQ_BODY, META, section } from '../fixtures';
import { siteLanguageProblems } from './translations';

// An original (content/test) and translations of it: each adds `language` (line 10) and
// `translationOf` (line 11) to the original's article.mdx, as an author copying the folder does.
const translated = (fields: string, extra = '') => META.replace(/---\n$/, `${fields}\n${extra}---\n`);
const folder = (dir: string, meta: string, { sections = 2, questions = 2 } = {}) => ({
  dir: `content/${dir}`,
  files: [
    { name: 'article.mdx', source: meta },
    ...Array.from({ length: sections - 1 }, (_, i) => ({
      name: `0${i + 1}-part.mdx`,
      source: section(`eyebrow: Part ${i + 1}\ntitle: Part ${i + 1}`, 'Words.'),
    })),
    {
      name: `0${sections}-faq.mdx`,
      source: section(
        'eyebrow: FAQ\ntitle: Questions\nfaq: true',
        questions === 2 ? FAQ_BODY : '### Only question?\n\nOnly answer.',
      ),
    },
  ],
});
const ORIGINAL = folder('test', META);
const tr = (dir: string, fields: string, options?: Parameters<typeof folder>[2], extra?: string) =>
  folder(dir, translated(fields, extra), options);
const UR_LATN = 'language: ur-Latn\ntranslationOf: test-article';

const inspect = (...folders: ReturnType<typeof folder>[]) => {
  const { problems, notices } = inspectFolders(folders, new Set());
  return {
    problems: problems.map(formatProblem),
    notices: notices
      .filter((n) => n.file !== 'content/site.ts')
      .map(formatProblem)
      .sort(),
  };
};

describe('translations', () => {
  it('accept a translation that keeps its original’s slug, with no warning', () => {
    expect(
      inspect(ORIGINAL, tr('test-ur-latn', UR_LATN), tr('test-ur', 'language: ur\ntranslationOf: test-article')),
    ).toEqual({
      problems: [],
      notices: [],
    });
  });

  it.each([
    [
      'an unknown original',
      tr('x', 'language: ur-Latn\ntranslationOf: no-such-article'),
      'content/x/article.mdx:11: translationOf: no article has the slug "no-such-article". Fix:',
    ],
    [
      'a malformed tag',
      tr('x', 'language: ur_Latn\ntranslationOf: test-article'),
      'content/x/article.mdx:10: field "language"',
    ],
    ['a tag not in canonical form', tr('x', 'language: ur-latn\ntranslationOf: test-article'), 'write ur-Latn'],
    [
      'a translation in the site’s own language',
      tr('x', 'language: en\ntranslationOf: test-article'),
      "content/x/article.mdx:10: language en is the site's own language",
    ],
    ['a language without translationOf', tr('x', 'language: ur'), 'content/x/article.mdx:10: field "language"'],
  ])('refuse %s, at its line', (_, bad, expected) => {
    const { problems } = inspect(ORIGINAL, bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('refuse a second translation into one language, naming the first', () => {
    const { problems } = inspect(ORIGINAL, tr('a', UR_LATN), tr('b', UR_LATN));
    // Same slug and language twice is also the slug rule's; the translation rule names the first.
    expect(
      problems.some((p) =>
        p.startsWith(
          'content/b/article.mdx:10: a second translation of "test-article" into ur-Latn (the first is content/a/article.mdx)',
        ),
      ),
    ).toBe(true);
  });

  it('refuse a translation of a translation, naming the original', () => {
    const first = tr('a', 'language: ur\ntranslationOf: test-article', undefined).files;
    first[0]!.source = first[0]!.source.replace('slug: test-article', 'slug: test-article-ur');
    const { problems } = inspect(
      ORIGINAL,
      { dir: 'content/a', files: first },
      tr('b', 'language: ur-Latn\ntranslationOf: test-article-ur'),
    );
    expect(problems).toEqual([
      'content/b/article.mdx:11: translationOf: "test-article-ur" is itself a translation (content/a); translations are made from the original. Fix: write translationOf: test-article.',
    ]);
  });

  it('refuse a published translation of a draft', () => {
    const draft = folder('test', META.replace('tags:', 'draft: true\ntags:'));
    expect(inspect(draft, tr('x', UR_LATN)).problems).toEqual([
      expect.stringContaining(
        'content/x/article.mdx:11: the translation is published but its original "test-article" (content/test) is a draft',
      ),
    ]);
  });

  it('warn, without stopping, when sections or FAQ questions differ in number', () => {
    const { problems, notices } = inspect(ORIGINAL, tr('x', UR_LATN, { sections: 3, questions: 1 }));
    expect(problems).toEqual([]);
    expect(notices).toEqual([
      "content/x/03-faq.mdx:1: the translation's FAQ has 1 question and its original's 2. Fix: translate every question, or leave this warning while the translation is under way.",
      'content/x/article.mdx:1: the translation has 3 sections and its original (content/test) 2. Fix: translate every section, or leave this warning while the translation is under way.',
    ]);
  });
});

describe('versions', () => {
  const article = (f: ReturnType<typeof folder>) => completeArticle(readArticle(f.dir, f.files));
  it('link an original and its published translations both ways; a draft stays out until published', () => {
    const { originals, translations } = linkVersions([
      article(ORIGINAL),
      article(tr('ur', 'language: ur\ntranslationOf: test-article')),
      article(tr('fr', 'language: fr\ntranslationOf: test-article', undefined, 'draft: true\n')),
      article(tr('ur-latn', UR_LATN)),
    ]);
    expect(originals.map((a) => a.path)).toEqual(['/blog/test-article']);
    expect(translations.map((a) => [a.path, a.direction])).toEqual([
      ['/ur/blog/test-article', 'rtl'],
      ['/fr/blog/test-article', 'ltr'],
      ['/ur-latn/blog/test-article', 'ltr'],
    ]);
    const expected = [
      { language: 'en', path: '/blog/test-article', original: true },
      { language: 'ur', path: '/ur/blog/test-article', original: false },
      { language: 'ur-Latn', path: '/ur-latn/blog/test-article', original: false },
    ];
    for (const a of [...originals, ...translations])
      expect(a.versions.map(({ language, path, original }) => ({ language, path, original }))).toEqual(expected);
    expect(translations[0]!.coverPath).toBe('/blog/test-article');
  });
});

describe('siteLanguageProblems', () => {
  it('refuses a malformed tag, an unknown word and an empty one, at their lines', () => {
    const source = "  languages: {\n    ur_PK: { label: 'x' },\n    ur: { words: { updatd: 'x', home: ' ' } },\n  },";
    expect(
      siteLanguageProblems({ ur_PK: { label: 'x' }, ur: { words: { updatd: 'x', home: ' ' } } }, source).map(
        formatProblem,
      ),
    ).toEqual([
      expect.stringMatching(/^content\/site\.ts:2: languages: "ur_PK" is not a BCP 47 language tag/),
      expect.stringMatching(
        /^content\/site\.ts:3: languages\.ur\.words\.updatd is not a word of the interface\. Fix: use one of by, /,
      ),
      expect.stringMatching(/^content\/site\.ts:3: languages\.ur\.words\.home is empty/),
    ]);
  });
});
