import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { siteOrigin } from '@/lib/site-url';
import { EVERY, writeManyArticles } from './many-articles';
import { run, runAsync } from './run';

// A site of 45 generated articles (or more: N) with overlapping tags (tests/build/many-articles.ts),
// built once: more than two pages' worth (articlesPerPage in content/site.ts), so /blog and the tag
// on every article have a middle page (both neighbours) and a last page. Then the end-to-end specs
// of what grows with the site run nested on that build, reading every fact from the loader and
// out/: the listings, search, related reading, the sitemap, and axe on every page at 375 and
// 1280 px, light and dark. (The rest of an article page is one template, which the whole suite,
// `npm run test:site`, checks on every article it builds.)

const DIR = '.tmp/many-articles';
/** The 45, or more when content/site.ts makes a page hold more: always a middle page. */
const N = Math.max(45, 2 * site.articlesPerPage + 1);
const PORT = '3210';
const REPORT = '.tmp/many-articles-e2e.json';
const tail = (text: string, lines = 120) => text.trimEnd().split('\n').slice(-lines).join('\n');
const out = (file: string) => readFileSync(`out/${file}`, 'utf8');

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  writeManyArticles(DIR, N);
  const { status, output } = run('npm', ['run', 'build'], DIR);
  if (status !== 0) throw new Error(`the site of ${N} generated articles did not build:\n${tail(output)}`);
}, 900_000);

afterAll(() => rmSync('out', { recursive: true, force: true }));

describe(`a site of ${N} generated articles`, () => {
  const pages = Math.ceil(N / site.articlesPerPage);

  it('has more than two pages of articles, so a middle page links both neighbours', () =>
    expect(pages).toBeGreaterThan(2));

  it('writes each later page of /blog and of the tag every article has, and no page 1 twin or page past the last', () => {
    const origin = siteOrigin();
    const tag = `blog/tags/${EVERY.toLowerCase().replace(/ /g, '-')}`;
    for (const base of ['blog', tag]) {
      for (let n = 2; n <= pages; n++) {
        expect(existsSync(`out/${base}/page/${n}.html`), `${base}/page/${n}`).toBe(true);
        expect(out('sitemap.xml')).toContain(`<loc>${origin}/${base}/page/${n}</loc>`);
      }
      expect(existsSync(`out/${base}/page/1.html`)).toBe(false);
      expect(existsSync(`out/${base}/page/${pages + 1}.html`)).toBe(false);
    }
    expect(existsSync('out/blog/page/_none.html')).toBe(false);
  });

  /** Runs end-to-end specs (and a --grep) on the build, on its own port; returns Playwright's report. */
  async function e2e(args: string[]) {
    rmSync(REPORT, { force: true });
    // A longer timeout a test than the suite's own: this runs beside the other work of a busy machine.
    const { status, output } = await runAsync('npx', ['playwright', 'test', '--timeout', '120000', ...args], DIR, {
      E2E_PORT: PORT,
      E2E_REPORT: REPORT,
    });
    if (status !== 0)
      throw new Error(`npx playwright test ${args.join(' ')} failed on ${N} articles:\n${tail(output)}`);
    const text = readFileSync(REPORT, 'utf8');
    const report = JSON.parse(text) as { stats: { expected: number; unexpected: number } };
    expect(report.stats.unexpected).toBe(0);
    return { text, ...report.stats };
  }

  it('passes the end-to-end specs of listings and search', async () => {
    const { text } = await e2e(['tests/e2e/listings.spec.ts', 'tests/e2e/search.spec.ts']);
    expect(text).toContain(`/blog/page/${pages} lists its articles newest first`);
    expect(text).toContain('a word in one article’s body finds that article first');
  }, 1_200_000);

  it('ends every article with related reading by shared tags, then the newest', async () => {
    const { expected } = await e2e(['tests/e2e/pages.spec.ts', '--grep', 'ends with related reading']);
    expect(expected).toBe(N);
  }, 1_200_000);

  it('has a sitemap that agrees with the loader', async () => {
    const { expected } = await e2e(['tests/e2e/seo.spec.ts', '--grep', 'the sitemap is well-formed']);
    expect(expected).toBe(1);
  }, 300_000);

  it('passes axe on every page at 375 and 1280 px, light and dark', async () => {
    const { expected } = await e2e(['tests/e2e/reading.spec.ts', '--grep', 'axe: ']);
    // Every page of the sitemap and the 404, one test each (it walks both widths and both schemes).
    const pagesInSitemap = [...out('sitemap.xml').matchAll(/<loc>/g)].length;
    expect(expected).toBe(pagesInSitemap + 1);
  }, 1_800_000);
});
