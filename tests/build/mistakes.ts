import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

// Every kind of content mistake an author can make, each as an edit to a copy of a fixture
// article, with the report it must get: file, line (and column for MDX syntax) and the fix.
const FIXTURE = 'tests/fixtures/content/fixture-every-feature';
export const DIR = '.tmp/mistakes';

type Edit = [file: string, from: RegExp | string, to: string];

export const MISTAKES: [kind: string, edit: Edit, expected: RegExp][] = [
  ['a required field removed', ['02-table.mdx', /^title: .*\n/m, ''], /02-table\.mdx:1: field "title" is missing/],
  ['a misspelt field', ['02-table.mdx', 'eyebrow:', 'eyebrw:'], /02-table\.mdx:2: unknown field "eyebrw"/],
  [
    'a date without timezone',
    ['article.mdx', /published: .*/, 'published: 2026-03-10T09:00:00'],
    /article\.mdx:9: field "published" expected a date, time and timezone/,
  ],
  [
    'updated before published',
    ['article.mdx', /updated: .*/, 'updated: 2020-01-01T00:00:00Z'],
    /article\.mdx:10: field "updated" is before published/,
  ],
  [
    'a title over 70 characters',
    ['article.mdx', /^title: .*/m, `title: ${'x'.repeat(71)}`],
    /article\.mdx:6: field "title" expected at most 70 characters/,
  ],
  [
    'a description under 50 characters',
    ['article.mdx', /^description: .*/m, 'description: Too short.'],
    /article\.mdx:7: field "description" expected at least 50 characters/,
  ],
  [
    'a tag list that is not a list',
    ['article.mdx', /^tags: .*/m, 'tags: 12'],
    /article\.mdx:11: field "tags" expected a list such as \[A, B\]; found 12/,
  ],
  [
    'an FAQ question without an answer',
    ['03-faq.mdx', /(### Is this fixture part of the site\?\n)\n.*\n/, '$1'],
    /03-faq\.mdx:7: the question "Is this fixture part of the site\?" has no answer/,
  ],
  [
    'a repeated FAQ question',
    ['03-faq.mdx', '### Does every question get an answer?', '### Is this fixture part of the site?'],
    /03-faq\.mdx:11: the question "Is this fixture part of the site\?" repeats line 7/,
  ],
  [
    'a table row with a missing cell',
    ['02-table.mdx', /\| Small .*\n/, '| Small | One team |\n'],
    /02-table\.mdx:10: this table row has 2 cells but the header row has 3/,
  ],
  [
    'a broken internal link',
    ['02-table.mdx', '[blog](/blog)', '[blog](/blog/no-such-article)'],
    /02-table\.mdx:13: link "\/blog\/no-such-article" is not a page of this site/,
  ],
  [
    'a broken #anchor',
    ['01-overview.mdx', '(#a-table-with-row-headers)', '(#no-such-heading)'],
    /01-overview\.mdx:16: link "#no-such-heading" names no heading of this article/,
  ],
  [
    'an image that does not exist',
    ['02-table.mdx', 'header row.', 'header row.\n\n![A sketch](/images/missing.png)'],
    /02-table\.mdx:8: image "\/images\/missing\.png" does not exist/,
  ],
  [
    'an image without alt text',
    ['02-table.mdx', 'header row.', 'header row.\n\n![](/og.png)'],
    /02-table\.mdx:8: image "\/og\.png" has no alt text/,
  ],
  [
    'an image beside the text that does not exist',
    ['02-table.mdx', 'header row.', 'header row.\n\n![A photo](./photo.png)'],
    /02-table\.mdx:8: image "\.\/photo\.png" does not exist: there is no photo\.png in this folder/,
  ],
  [
    'a figure with an unknown attribute',
    ['02-table.mdx', 'header row.', 'header row.\n\n<Figure src="./photo.png" alt="A photo" width="300" />'],
    /02-table\.mdx:8: <Figure> has an unknown attribute "width"/,
  ],
  [
    'a cover that does not exist',
    ['article.mdx', /^tags: .*$/m, '$&\ncover: ./cover.jpg'],
    /article\.mdx:12: field "cover": there is no \.\/cover\.jpg in this folder/,
  ],
  [
    'a heading that skips a level',
    ['01-overview.mdx', '### Subsections get link ids', '##### Subsections get link ids'],
    /01-overview\.mdx:14: a level-5 heading \("Subsections get link ids"\)/,
  ],
  ['an empty section', ['02-table.mdx', /---\n\n[\s\S]*$/, '---\n'], /02-table\.mdx:1: the section has no text/],
  [
    'an unknown component',
    ['01-overview.mdx', '<ArchitectureDiagram />', '<Diagram />'],
    /01-overview\.mdx:12: unknown component <Diagram>/,
  ],
  [
    'an unknown site: link',
    ['02-table.mdx', '(site:nebuladesk)', '(site:nowhere)'],
    /02-table\.mdx:13: link "site:nowhere" names no entry in content\/site\.ts links/,
  ],
  [
    'a javascript: link',
    ['01-overview.mdx', '(#a-table-with-row-headers)', '( JavaScript:alert(1))'],
    /01-overview\.mdx:16: link "JavaScript:alert\(1\)" is a javascript: URL, which runs code .*Fix: link to an https:\/\/ page or a path on this site\./,
  ],
  [
    'a data: link, as a reference definition',
    [
      '02-table.mdx',
      '[blog](/blog).',
      '[blog][home].\n\n[home]: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    ],
    /02-table\.mdx:15: link "data:text\/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is a data: URL, .*Fix: link to an https:\/\/ page or a path on this site\./,
  ],
  [
    'an image from another origin',
    ['02-table.mdx', 'header row.', 'header row.\n\n![A chart](https://images.example.com/chart.png)'],
    /02-table\.mdx:8: image "https:\/\/images\.example\.com\/chart\.png" is not a file of this site, .*img-src 'self'.*Fix: put the file in this folder, beside the \.mdx file, and write \.\/chart\.png\./,
  ],
  [
    'a figure from another origin',
    [
      '03-faq.mdx',
      'lives under content/.',
      'lives under content/.\n\n<Figure src="//images.example.com/chart.png" alt="A chart" />',
    ],
    /03-faq\.mdx:11: <Figure src="\/\/images\.example\.com\/chart\.png"> is not a file of this site, .*Fix: .* write src="\.\/chart\.png"\./,
  ],
  [
    'a component left open',
    ['01-overview.mdx', '</QuickAnswer>\n', ''],
    /01-overview\.mdx:8:1: MDX syntax error: Expected a closing tag for `<QuickAnswer>`.*Fix: put the opening and the closing tag/,
  ],
  [
    'a stray {',
    ['02-table.mdx', 'Every row has', 'Costs { vary. Every row has'],
    /02-table\.mdx:6:7: MDX syntax error: .*Fix: write \\\{ for a literal "\{"/,
  ],
  [
    'a < before a digit',
    ['02-table.mdx', 'Every row has', 'Latency p95 <200ms. Every row has'],
    /02-table\.mdx:6:14: MDX syntax error: .*Fix: write &lt; for a literal "<" \(e\.g\. p95 &lt;200ms\)/,
  ],
  [
    'an expression in a heading',
    ['01-overview.mdx', '### Subsections get link ids', "### Cost {'in 2026'}"],
    /01-overview\.mdx:14: an expression \{'in 2026'\}\. Content is text, not code/,
  ],
  [
    'an import',
    ['02-table.mdx', 'Every row has', "import Chart from './chart'\n\nEvery row has"],
    /02-table\.mdx:6: an import or export statement/,
  ],
  [
    'a heading of punctuation only',
    ['01-overview.mdx', '### Subsections get link ids', '### ???'],
    /01-overview\.mdx:14: the ### heading "\?\?\?" has no letters or digits/,
  ],
  [
    'a footnote in a heading',
    ['01-overview.mdx', '### Subsections get link ids', '### Subsections get link ids[^1]'],
    /01-overview\.mdx:14: the heading "Subsections get link ids" holds a link or footnote/,
  ],
];

/** The slug writeMistakes gives the copy of MISTAKES' nth entry (0-based). */
const slugOf = (n: number) => `mistake-${String(n + 1).padStart(2, '0')}`;
/** Makes the copy a translation: its two fields after the last one (tags, line 11), on lines 12 and 13. */
const translation = (fields: string): Edit => ['article.mdx', /^(tags: .*)$/m, `$1\n${fields}`];
const FIRST = slugOf(0);
const T = MISTAKES.length;

// Translations (an article.mdx with language and translationOf). The copies of entries T+1 and
// T+2 translate the same article into one language: the second is refused, naming the first.
MISTAKES.push(
  [
    'a translation of an article that does not exist',
    translation('language: ur-Latn\ntranslationOf: no-such-article'),
    /article\.mdx:13: translationOf: no article has the slug "no-such-article"\. Fix:/,
  ],
  [
    'a translation another translation repeats in its language (the second names it)',
    translation(`language: de\ntranslationOf: ${FIRST}`),
    /article\.mdx\)\. Fix: keep one of them/,
  ],
  [
    'a second translation of one article into one language',
    translation(`language: de\ntranslationOf: ${FIRST}`),
    new RegExp(
      `article\\.mdx:12: a second translation of "${FIRST}" into de \\(the first is .*${slugOf(T + 1)}/article\\.mdx\\)`,
    ),
  ],
  [
    'a malformed language tag',
    translation(`language: ur_Latn\ntranslationOf: ${FIRST}`),
    /article\.mdx:12: field "language" "ur_Latn" is not a BCP 47 language tag/,
  ],
  [
    'a translation of a translation',
    translation(`language: ur\ntranslationOf: ${slugOf(T)}`),
    new RegExp(
      `article\\.mdx:13: translationOf: "${slugOf(T)}" is itself a translation .*Fix: write translationOf: no-such-article`,
    ),
  ],
  [
    "a translation in the site's own language",
    translation(`language: en\ntranslationOf: ${FIRST}`),
    /article\.mdx:12: language en is the site's own language/,
  ],
);

/** Each mistake in its own copy of the fixture, under its own slug: mistake-01, mistake-02… */
export function writeMistakes(): string[] {
  rmSync(DIR, { recursive: true, force: true });
  return MISTAKES.map(([kind, [file, from, to]], i) => {
    const name = `mistake-${String(i + 1).padStart(2, '0')}`;
    cpSync(FIXTURE, `${DIR}/${name}`, { recursive: true });
    const meta = `${DIR}/${name}/article.mdx`;
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('slug: fixture-every-feature', `slug: ${name}`));
    const path = `${DIR}/${name}/${file}`;
    const source = readFileSync(path, 'utf8');
    const broken = source.replace(from, to);
    if (broken === source) throw new Error(`the edit for "${kind}" does not apply to ${path}`);
    writeFileSync(path, broken);
    return name;
  });
}
