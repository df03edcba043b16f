import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';
import { ARTICLES, builtFile, contentPagePaths } from '../site-data';
import { OUT } from './out';

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

const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('_next'))
  .sort();

it('the build has HTML pages to validate: home, blog, 404, every published article and every content page', () => {
  const articles = [...ARTICLES.map((a) => a.path), ...contentPagePaths()].map((p) => `${p.slice(1)}.html`);
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
