import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { siteOrigin } from '@/lib/site-url';
import { EVERY, writeManyArticles } from './many-articles';
import { run, runAsync } from './run';

// A site of generated articles with overlapping tags (tests/build/many-articles.ts), built once:
// two pages' worth and one more (articlesPerPage in content/site.ts), so /blog and the tag on every
// article have a middle page (both neighbours) and a last page holding one article. Then the
// end-to-end specs of what grows with the site run nested on that build, reading every fact from
// the loader and out/: the listings, related reading, search, the basics of every page but the
// generated articles' own, the sitemap, and axe on the later pages of the listings at 375 and
// 1280 px, light and dark. (The article template is the same at any N: the whole suite, `npm run
// test:site`, walks it on every article it builds.)

const DIR = '.tmp/many-articles';
const N = 2 * site.articlesPerPage + 1;
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

  it('has more articles than a page holds, so the paging is exercised', () => expect(pages).toBeGreaterThan(1));

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

  it('passes the end-to-end specs of listings, related reading, search and every page', async () => {
    const specs = ['listings', 'search', 'pages'].map((s) => `tests/e2e/${s}.spec.ts`);
    // Each generated article's own page check is the same template the whole suite checks on
    // every article it builds; here only its related reading is new.
    const { text } = await e2e([...specs, '--grep-invert', 'scale-article-\\d+ loads with no console errors']);
    expect(text).toContain(`/blog/page/${pages} lists its articles newest first`);
    expect(text).toContain('ends with related reading');
  }, 1_200_000);

  it('has a sitemap that agrees with the loader', async () => {
    const { expected } = await e2e(['tests/e2e/seo.spec.ts', '--grep', 'the sitemap is well-formed']);
    expect(expected).toBe(1);
  }, 300_000);

  it('passes axe on every later page of a listing at 375 and 1280 px, light and dark', async () => {
    // What only a site of many articles has: the later pages of /blog and of a tag, whose
    // navigation links both neighbours (the whole suite runs axe on every first page).
    const LISTING = String.raw`/blog(/tags/[^ /]+)?/page/\d+`;
    const { expected } = await e2e(['tests/e2e/reading.spec.ts', '--grep', `axe: ${LISTING} at `]);
    const origin = siteOrigin();
    const listed = [...out('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map(([, url]) => url!.slice(origin.length) || '/')
      .filter((path) => new RegExp(`^${LISTING}$`).test(path));
    expect(listed).toContain(`/blog/page/${pages}`);
    expect(listed.length).toBeGreaterThanOrEqual(2 * (pages - 1));
    // One test each (it walks two widths in two colour schemes).
    expect(expected).toBe(listed.length);
  }, 1_800_000);
});
