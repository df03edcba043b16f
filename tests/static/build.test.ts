import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { isMeasured, readImageHeader } from '@/lib/media/image-header';
import { coverImages } from '@/lib/media/covers';
import { siteImage } from '@/lib/content/store';
import { ARTICLES, CASE_STUDIES, CONTENT_DIR, CONTENT_PAGES } from '../site-data';
import { CORES_LOG, EIGHT_CORES, ENCODE_LOG, LOAD_LOG, manyArticles, NEW_DRAFT, SUITE_DIR } from '../site/build-facts';
import { all, attr, textContent } from './dom';
import { only, page } from './out';

// What `npm run test:site` put into its one build (tests/site/suite.ts), checked on out/: the
// content read once, every image the loader names written once, the `npm run new` draft kept out,
// the generated articles paged and related as their fixed tags and dates say, every cover a PNG
// of its size, every table of contents one link per section.

const out = (file: string) => readFileSync(join('out', file), 'utf8');
/** The lines of a log the build wrote; none when it wrote nothing (the encode log on a warm cache). */
const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []);

describe('the suite’s build', () => {
  it(`was built from ${SUITE_DIR}, the folder the tests read`, () => expect(CONTENT_DIR).toBe(SUITE_DIR));

  it('ran on a machine reporting 8 cores, with as many static-generation workers', () => {
    expect(existsSync(CORES_LOG), `${CORES_LOG}: the build was run with ${EIGHT_CORES}`).toBe(true);
    const processes = lines(CORES_LOG).map((l) => {
      const [pid, cores, ...argv] = l.split(' ');
      return { pid, cores: Number(cores), argv: argv.join(' ') };
    });
    const build = processes.filter((p) => /\bnext build$/.test(p.argv));
    expect(build, lines(CORES_LOG).join('\n')).not.toHaveLength(0);
    for (const p of processes) expect(p.cores, `${p.pid} ${p.argv}`).toBe(8);
    // Next.js's workers (jest-worker child processes): one per reported core (next.config.mjs).
    const workers = new Set(processes.filter((p) => p.argv.includes('jest-worker')).map((p) => p.pid));
    expect(workers.size).toBeGreaterThanOrEqual(8);
  });

  it('parsed the content once, however many workers, routes, pages and images it had', () => {
    expect(existsSync(LOAD_LOG), `${LOAD_LOG}: the build was run with CONTENT_LOAD_LOG`).toBe(true);
    const loads = lines(LOAD_LOG);
    expect(loads, loads.join('\n')).toHaveLength(1);
    expect(loads[0]).toMatch(new RegExp(`^\\d+ .*/${SUITE_DIR.replace('.', '\\.')}$`));
    // In the build's main process (next.config.mjs), before any worker started.
    const main = lines(CORES_LOG).find((l) => /\bnext build$/.test(l));
    expect(loads[0]!.split(' ')[0]).toBe(main?.split(' ')[0]);
  });

  it('wrote every image file the loader names, encoding none twice and nothing else', () => {
    // The images of the articles, pages and case studies, and those content/site.ts names (the
    // portrait, testimonials' photos, clients' logos), each as the loader read it.
    const siteImages = [
      ...Object.values(site.authors).map((a) => a.image),
      ...site.testimonials.map((t) => t.photo ?? ''),
      ...site.clients.map((c) => c.logo ?? ''),
    ].filter(Boolean);
    const named = new Set([
      ...[...ARTICLES, ...CONTENT_PAGES, ...CASE_STUDIES].flatMap((e) =>
        [...e.media.values()].flatMap((m) => m.variants.map((v) => v.file)),
      ),
      ...ARTICLES.flatMap((a) => Object.values(a.coverPhoto ?? {}).map((v) => v.file)),
      ...siteImages.flatMap((path) => siteImage(path)?.variants.map((v) => v.file) ?? [`(no image read for ${path})`]),
    ]);
    // tests/fixtures/content/fixture-media-article holds a photo and a diagram.
    expect(named.size).toBeGreaterThan(0);
    for (const file of named) expect(existsSync(join('out/media', file)), file).toBe(true);
    // A cold cache encodes each once; a warm one (a second run) none.
    const encoded = lines(ENCODE_LOG).map((l) => l.split(' ')[1]!);
    expect(new Set(encoded).size, 'a file encoded twice').toBe(encoded.length);
    expect(encoded.filter((f) => !named.has(f))).toEqual([]);
  });

  it('keeps the draft that npm run new started out of every page, the sitemap, the feed and llms.txt', () => {
    expect(existsSync(join(SUITE_DIR, NEW_DRAFT.slug, 'article.mdx')), 'npm run new wrote its folder').toBe(true);
    expect(existsSync(`out/blog/${NEW_DRAFT.slug}.html`)).toBe(false);
    for (const file of ['blog.html', 'index.html', 'sitemap.xml', 'feed.xml', 'llms.txt'])
      expect(out(file), file).not.toContain(NEW_DRAFT.slug);
  });
});

describe('the generated articles (tests/site/many-articles.ts)', () => {
  const n = manyArticles(site.articlesPerPage);
  const perPage = site.articlesPerPage;
  // Every generated article carries the tag "Scale Fixture", and no other article does.
  const tagPages = Math.ceil(n / perPage);
  const blogPages = Math.ceil(ARTICLES.length / perPage);

  it('give the tag they share a page for every page size’s worth, and /blog likewise, with no page 1 twin or page past the last', () => {
    expect(tagPages, 'a middle page and a last page').toBeGreaterThanOrEqual(3);
    for (const [base, pages] of [
      ['blog/tags/scale-fixture', tagPages],
      ['blog', blogPages],
    ] as const) {
      for (let i = 2; i <= pages; i++) {
        expect(existsSync(`out/${base}/page/${i}.html`), `${base}/page/${i}`).toBe(true);
        expect(out('sitemap.xml')).toContain(`/${base}/page/${i}</loc>`);
      }
      expect(existsSync(`out/${base}/page/1.html`), `${base}/page/1`).toBe(false);
      expect(existsSync(`out/${base}/page/${pages + 1}.html`), `${base}/page/${pages + 1}`).toBe(false);
    }
  });

  it('end with related reading by shared tags, then the newest: a known answer', () => {
    // Article 45 (i = 44) has the tags Scale Fixture, Guardrails (44 mod 7 = 2) and Agents
    // ((3 × 44 + 1) mod 7 = 0); so do exactly the articles with i mod 7 = 2: 3, 10, 17, 24, 31 and
    // 38 (numbered from 1). Three are shown, the newest first (each article is a day newer).
    const section = only(page('/blog/scale-article-45'), 'section[aria-label="Related reading"]');
    expect(all(section, 'h3 a').map((a) => attr(a, 'href'))).toEqual([
      '/blog/scale-article-38',
      '/blog/scale-article-31',
      '/blog/scale-article-24',
    ]);
  });
});

describe('every published article', () => {
  it.each(ARTICLES.map((a) => [a.path, a] as const))(
    '%s: each cover is a PNG of its size; each table of contents one link per section, in order',
    (path, article) => {
      for (const image of Object.values(coverImages(path))) {
        const header = readImageHeader(readFileSync(join('out', image.path)));
        expect(header.format, image.path).toBe('png');
        expect(isMeasured(header) && { width: header.width, height: header.height }, image.path).toEqual({
          width: image.width,
          height: image.height,
        });
      }
      const tocs = all(page(path), 'nav.toc');
      // The phone's collapsible one and the desktop's sticky one.
      expect(tocs).toHaveLength(2);
      for (const toc of tocs) {
        expect(all(toc, 'a').map((a) => [textContent(a).trim(), attr(a, 'href')])).toEqual(
          article.sections.map((s) => [s.title, `#${s.id}`]),
        );
      }
    },
  );
});
