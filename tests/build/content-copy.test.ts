import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { siteOrigin } from '@/lib/site-url';
import { contentCopy, run, runAsync } from './run';

// What an author does to start a new article: copy an article folder, give the copy its own
// slug, headline, title and description, and build. The site then has both articles, and the
// whole end-to-end suite, which reads every fact about the articles from the loader and the
// sitemap, passes on it unchanged: adding an article never turns the suite red.
//
// The fixture articles (tests/fixtures/content) are built beside them: one published article
// that uses every feature the suite tests (quick answer, diagram, table, subsections, FAQ,
// links) in a shape unlike the site's own, and one draft. So the same run proves the feature
// tests on an article that is not the pillar, and that the suite leaves drafts out as the build does.

const DIR = 'content-copy';
const PORT = '3190';
// The nested run's own report, apart from the suite's reports/ (see playwright.config.ts).
const REPORT = `.tmp/${DIR}-e2e.json`;
const out = (file: string) => readFileSync(`out/${file}`, 'utf8');
const tail = (text: string, lines = 120) => text.trimEnd().split('\n').slice(-lines).join('\n');

/** The first article folder of content/ (one holding article.mdx), as an author sees the folders listed. */
const firstFolder = () =>
  readdirSync('content', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join('content', d.name, 'article.mdx')))
    .map((d) => d.name)
    .sort()[0]!;

/** `text`, cut so that with `suffix` it is at most `max` characters. */
const withSuffix = (text: string, suffix: string, max: number) =>
  `${text.slice(0, max - suffix.length).trimEnd()}${suffix}`;

/**
 * Copies the article folder `name` under `dir` as `<name>-copy` with the slug `<slug>-copy`, and
 * its own headline, title and description (they must be unique across the site); links to its
 * own old path now lead to its new one. Returns both slugs.
 */
function copyArticle(dir: string, name: string): { original: string; copy: string } {
  const to = join(dir, `${name}-copy`);
  cpSync(join(dir, name), to, { recursive: true });
  const metaFile = join(to, 'article.mdx');
  const [, yaml = '', rest = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(metaFile, 'utf8')) ?? [];
  const meta = parseDocument(yaml);
  const original = String(meta.get('slug'));
  const copy = `${original}-copy`;
  meta.set('slug', copy);
  meta.set('headline', `${meta.get('headline')}: a copy`);
  meta.set('title', withSuffix(String(meta.get('title')), ' (copy)', 70));
  meta.set('description', withSuffix(String(meta.get('description')), ' (A copy.)', 160));
  writeFileSync(metaFile, `---\n${meta.toString({ lineWidth: 0 })}---\n${rest}`);
  const ownPath = new RegExp(`/blog/${original}(?![\\w-])`, 'g');
  for (const file of readdirSync(to).filter((f) => f.endsWith('.mdx') && f !== 'article.mdx')) {
    const path = join(to, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(ownPath, `/blog/${copy}`));
  }
  return { original, copy };
}

let slugs = { original: '', copy: '' };
let dir = '';

beforeAll(() => {
  dir = contentCopy(DIR, { fixtures: true });
  slugs = copyArticle(dir, firstFolder());
  const { status, output } = run('npm', ['run', 'build'], dir);
  if (status !== 0) throw new Error(`the site with a copied article did not build:\n${tail(output)}`);
}, 180_000);

afterAll(() => rmSync('out', { recursive: true, force: true }));

describe('an article folder copied under a new slug', () => {
  it('builds both articles: pages, Markdown twins, cover images, sitemap, feed and llms.txt', () => {
    const origin = siteOrigin();
    for (const slug of [slugs.original, slugs.copy]) {
      for (const file of [`blog/${slug}.html`, `blog/${slug}.md`, `blog/${slug}/cover-og.png`])
        expect(existsSync(`out/${file}`), file).toBe(true);
      expect(out('sitemap.xml')).toContain(`<loc>${origin}/blog/${slug}</loc>`);
      expect(out('feed.xml')).toContain(`<link>${origin}/blog/${slug}</link>`);
      expect(out('llms.txt')).toContain(`(${origin}/blog/${slug}.md)`);
      expect(out('blog.html')).toContain(`href="/blog/${slug}"`);
    }
    expect(out(`blog/${slugs.copy}.html`)).toMatch(/<h1[^>]*>[^<]*: a copy<\/h1>/);
  });

  it('passes the whole end-to-end suite, which tests every article it finds', async () => {
    rmSync(REPORT, { force: true });
    const { status, output } = await runAsync('npx', ['playwright', 'test'], dir, {
      E2E_PORT: PORT,
      E2E_REPORT: REPORT,
    });
    if (status !== 0) throw new Error(`npx playwright test failed on the copied article:\n${tail(output)}`);
    // It ran, and ran the per-article tests on the copy too.
    const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { stats: { expected: number; unexpected: number } };
    expect(report.stats.unexpected).toBe(0);
    expect(report.stats.expected).toBeGreaterThan(0);
    expect(readFileSync(REPORT, 'utf8')).toContain(`article /blog/${slugs.copy}`);
    // and the case study tests on the fixture case study (the site's own content may have none).
    expect(readFileSync(REPORT, 'utf8')).toContain('case study /case-studies/fixture-case-study');
  }, 1_800_000);
});
