import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';
import { ARTICLES, builtFile, contentPagePaths, TRANSLATIONS } from '../site-data';
import { OUT } from './out';
import { probePage } from './probe';

// Two validators run over out/, because each catches what the other misses. Checked on 2026-12-08
// with 50 pages of one mistake each (html-validate 10.17, vnu-jar 26.9): html-validate (here)
// holds authoring and accessibility rules the Nu checker has none of: an inline style attribute
// (which the site's CSP blocks), an empty heading, aria-hidden on a focusable element, a button
// without a type, a redundant role, deprecated presentational attributes, an iframe without a
// title, autoplay. The Nu checker (nu-html.test.ts) checks the syntax of attribute values, which
// html-validate does not: srcset and sizes, <time datetime>, URLs, lang, ARIA roles and aria-*
// values and names, a label's for=, table column counts, SVG content, character references.
// Both catch duplicate ids and attributes, misplaced elements and obsolete ones. The probes below
// and in nu-html.test.ts keep a few of those differences, so an upgrade that closes one shows.

// html-validate's recommended rules, relaxed only where React's output legitimately differs.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // React writes React-cased attribute names (charSet, dateTime, fetchPriority, noModule);
    // HTML attribute names are case-insensitive, so these are the same attributes.
    'attr-case': 'off',
    // React writes boolean attributes as async="" and hidden=""; HTML treats both forms alike.
    'attribute-boolean-style': ['error', { style: 'empty' }],
    'attribute-empty-style': ['error', { style: 'empty' }],
    // React writes void elements self-closed (<meta/>, <link/>); the slash is allowed and ignored.
    'void-style': ['error', { style: 'selfclose' }],
    // React's generated ids (useId, e.g. "_R_") start with an underscore, which HTML allows.
    'valid-id': ['error', { relaxed: true }],
  },
});

it.each([
  ['nothing on a valid page', '<p>x</p>', []],
  ['an inline style attribute', '<p style="color:red">x</p>', ['no-inline-style']],
  ['an empty heading', '<h2></h2>', ['empty-heading']],
  ['aria-hidden on a link', '<a href="/" aria-hidden="true">x</a>', ['hidden-focusable']],
  ['a button without a type', '<button>x</button>', ['no-implicit-button-type']],
])('html-validate reports %s, which the Nu checker passes', async (_, snippet, rules) => {
  const report = await validator.validateString(probePage(snippet), 'probe.html');
  expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(rules);
});

const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('_next'))
  .sort();

it('the build has HTML pages to validate: home, blog, 404, every published article and every content page', () => {
  const articles = [...ARTICLES.map((a) => a.path), ...TRANSLATIONS.map((t) => t.path), ...contentPagePaths()].map(
    (p) => `${p.slice(1)}.html`,
  );
  expect(articles.length).toBeGreaterThan(0);
  expect(pages).toEqual(expect.arrayContaining(['index.html', 'blog.html', '404.html', ...articles]));
});

for (const file of pages) {
  it(`out/${file} passes html-validate`, async () => {
    const report = await validator.validateString(builtFile(file), join(OUT, file));
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
}
