import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { danglingRefs } from '@/lib/schema/validate';
import { contentCopy, firstResponse, run, startDev } from './run';

// The site built from its content plus two fixture articles (tests/fixtures/content): one
// published, one a draft. Adding an article is adding a folder; drafts stay out of production.
const PUBLISHED = 'fixture-second-article';
const DRAFT = 'fixture-draft-article';
const out = (file: string) => readFileSync(`out/${file}`, 'utf8');
let dir = '';

const LOADS = '.tmp/fixture-site-loads.log';
// A draft written by `npm run new`, beside the fixtures: it must pass the build and show in dev.
const NEW_TITLE = 'A Draft Started With npm run new';
const NEW_SLUG = 'a-draft-started-with-npm-run-new';

beforeAll(() => {
  dir = contentCopy('fixture-site', { fixtures: true });
  const made = run('npm', ['run', 'new', '--', NEW_TITLE], dir);
  if (made.status !== 0) throw new Error(`npm run new failed:\n${made.output}`);
  rmSync(LOADS, { force: true });
  const { status, output } = run('npm', ['run', 'build'], dir, { CONTENT_LOAD_LOG: LOADS });
  if (status !== 0) throw new Error(`the fixture site did not build:\n${output}`);
}, 180_000);

afterAll(() => rmSync('out', { recursive: true, force: true }));

describe('the build', () => {
  it('reads the content once, however many routes, pages and images it writes', () => {
    const loads = readFileSync(LOADS, 'utf8').trim().split('\n');
    expect(loads, loads.join('\n')).toHaveLength(1);
    expect(loads[0]).toMatch(new RegExp(`^\\d+ .*/${dir.replace('.', '\\.')}$`));
  });
});

describe('a fixture article added as a folder, with no code change', () => {
  it('gets its page, Markdown twin and cover images', () => {
    for (const file of [
      `blog/${PUBLISHED}.html`,
      `blog/${PUBLISHED}.md`,
      `blog/${PUBLISHED}/cover-og.png`,
      `blog/${PUBLISHED}/cover-1x1.png`,
    ]) {
      expect(existsSync(`out/${file}`), file).toBe(true);
    }
  });

  it('appears in the blog index, the sitemap, the feed and llms.txt', () => {
    expect(out('blog.html')).toContain(`href="/blog/${PUBLISHED}"`);
    expect(out('sitemap.xml')).toContain(`<loc>https://mudassirkhan.me/blog/${PUBLISHED}</loc>`);
    expect(out('feed.xml')).toContain(`<link>https://mudassirkhan.me/blog/${PUBLISHED}</link>`);
    expect(out('llms.txt')).toContain(`(https://mudassirkhan.me/blog/${PUBLISHED}.md)`);
  });

  it('has its own JSON-LD: BlogPosting and FAQPage from its own files, no dangling @id', () => {
    const [, json] = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(out(`blog/${PUBLISHED}.html`)) ?? [];
    const doc = JSON.parse(json!) as {
      '@graph': { '@type': string; headline?: string; mainEntity?: { name: string }[] }[];
    };
    expect(danglingRefs(doc)).toEqual([]);
    expect(doc['@graph'].find((n) => n['@type'] === 'BlogPosting')?.headline).toBe(
      'A Second Article That Exists Only in the Test Fixtures',
    );
    expect(doc['@graph'].find((n) => n['@type'] === 'FAQPage')?.mainEntity?.map((q) => q.name)).toEqual([
      'Does the fixture get its own FAQ markup?',
    ]);
  });
});

describe('every built article, fixtures with footnotes and non-Latin headings included', () => {
  it('names in each table-of-contents link and FAQPage URL an element id that exists on its page', () => {
    // The articles: /blog/<slug>, one segment; "tags" and "page" are the listings' (no article may take them).
    const pages = [...out('sitemap.xml').matchAll(/<loc>https:\/\/mudassirkhan\.me(\/blog\/[^<\/]+)<\/loc>/g)]
      .map((m) => m[1]!)
      .filter((path) => !['/blog/tags', '/blog/page'].includes(path));
    expect(pages).toContain(`/blog/fixture-every-feature`);
    for (const path of pages) {
      const html = out(`${path.slice(1)}.html`);
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      const [, json] = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html) ?? [];
      const faqUrls = [...(json ?? '').matchAll(/"url":"[^"#]*#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
      const tocLinks = [...html.matchAll(/<nav[^>]*>[\s\S]*?<\/nav>/g)]
        .flatMap((nav) => [...nav[0].matchAll(/href="#([^"]+)"/g)])
        .map((m) => m[1]!);
      expect(tocLinks.length, path).toBeGreaterThan(0);
      for (const id of [...tocLinks, ...faqUrls]) expect(ids.has(id), `${path}#${id}`).toBe(true);
    }
  });
});

describe('a draft', () => {
  it('is absent from the production build, the blog index, the sitemap, the feed and llms.txt', () => {
    expect(existsSync(`out/blog/${NEW_SLUG}.html`), 'the npm run new draft').toBe(false);
    expect(existsSync(`out/blog/${DRAFT}.html`)).toBe(false);
    expect(existsSync(`out/blog/${DRAFT}.md`)).toBe(false);
    for (const file of ['blog.html', 'index.html', 'sitemap.xml', 'feed.xml', 'llms.txt'])
      expect(out(file), file).not.toContain(DRAFT);
  });

  it('shows in npm run dev, marked as a draft', async () => {
    const port = 3457;
    const dev = startDev(dir, port);
    try {
      const res = await firstResponse(`http://localhost:${port}/blog/${DRAFT}`);
      expect(res?.status).toBe(200);
      const html = await res!.text();
      expect(html).toContain('A Draft That Must Never Reach Production');
      expect(html).toContain('Draft: shown by npm run dev only');
      expect(await (await fetch(`http://localhost:${port}/blog`)).text()).toContain(`/blog/${DRAFT}`);
      const made = await fetch(`http://localhost:${port}/blog/${NEW_SLUG}`);
      expect(made.status, 'the npm run new draft').toBe(200);
      const page = await made.text();
      expect(page).toContain(NEW_TITLE);
      expect(page).toContain('Draft: shown by npm run dev only');
    } finally {
      dev.stop();
    }
  }, 120_000);
});
