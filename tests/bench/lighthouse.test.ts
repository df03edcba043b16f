import { describe, expect, it } from 'vitest';
import {
  articleRatio,
  bucketBytes,
  buildOrigin,
  formatReport,
  kib,
  localUrl,
  problems,
  sitemapLocs,
  summarize,
  table,
} from './lighthouse.mjs';

const BASE = 'http://localhost:3200';
const ORIGIN = 'https://mudassirkhan.me';

describe('sitemapLocs', () => {
  it('reads every <loc> in order, trimming whitespace', () => {
    const xml = `<urlset><url><loc>${ORIGIN}</loc></url><url><loc>
      ${ORIGIN}/blog </loc><lastmod>2026-01-01</lastmod></url></urlset>`;
    expect(sitemapLocs(xml)).toEqual([ORIGIN, `${ORIGIN}/blog`]);
  });

  it('refuses a sitemap with no URL', () => {
    expect(() => sitemapLocs('<urlset></urlset>')).toThrow(/lists no <loc> URL/);
  });
});

describe('buildOrigin', () => {
  it.each([
    ['User-Agent: *\nAllow: /\n\nSitemap: https://mudassirkhan.me/sitemap.xml\n', ORIGIN],
    ['sitemap:   https://preview.example.com:8443/sitemap.xml', 'https://preview.example.com:8443'],
  ])('reads the origin from %j', (robots, origin) => {
    expect(buildOrigin(robots)).toBe(origin);
  });

  it.each([['User-Agent: *\nAllow: /'], ['# Sitemap: https://mudassirkhan.me/sitemap.xml']])(
    'refuses robots.txt without a Sitemap line: %j',
    (robots) => {
      expect(() => buildOrigin(robots)).toThrow(/no "Sitemap:" line/);
    },
  );
});

describe('localUrl', () => {
  it.each([
    [ORIGIN, `${BASE}/`],
    [`${ORIGIN}/`, `${BASE}/`],
    [`${ORIGIN}/blog`, `${BASE}/blog`],
    [`${ORIGIN}/blog/some-article?ref=x#faq`, `${BASE}/blog/some-article?ref=x`],
    ['https://preview.example.com/blog', `${BASE}/blog`, 'https://preview.example.com'],
  ])('maps %s to %s', (loc, local, origin = ORIGIN) => {
    expect(localUrl(loc, origin, BASE)).toBe(local);
  });

  it.each([['https://example.com/blog'], ['http://mudassirkhan.me/blog'], ['https://www.mudassirkhan.me/']])(
    'refuses %s, which is on another origin',
    (loc) => {
      expect(() => localUrl(loc, ORIGIN, BASE)).toThrow(/is not on the site's origin https:\/\/mudassirkhan.me/);
    },
  );

  it('refuses a loc that is not a URL', () => {
    expect(() => localUrl('/blog', ORIGIN, BASE)).toThrow(/Invalid URL/);
  });
});

describe('bucketBytes', () => {
  it('sums resource-summary rows by kind, skipping its total and third-party rows', () => {
    const rows = [
      { resourceType: 'total', transferSize: 999_999 },
      { resourceType: 'script', transferSize: 137_089 },
      { resourceType: 'document', transferSize: 12_534 },
      { resourceType: 'stylesheet', transferSize: 5_282 },
      { resourceType: 'font', transferSize: 30_000 },
      { resourceType: 'image', transferSize: 2_000 },
      { resourceType: 'media', transferSize: 100 },
      { resourceType: 'other', transferSize: 1_410 },
      { resourceType: 'third-party', transferSize: 5_000 },
    ];
    expect(bucketBytes(rows, 'transferSize')).toEqual({
      html: 12_534,
      css: 5_282,
      js: 137_089,
      fonts: 30_000,
      images: 2_000,
      other: 1_510,
      total: 188_415,
    });
  });

  it('sums network-requests rows by their capitalised types, unknown or missing types as other', () => {
    const rows = [
      { resourceType: 'Document', resourceSize: 71_462 },
      { resourceType: 'Script', resourceSize: 100 },
      { resourceType: 'Script', resourceSize: 50 },
      { resourceType: 'Manifest', resourceSize: 514 },
      { resourceType: 'Fetch', resourceSize: 6 },
      { resourceSize: 4 },
    ];
    expect(bucketBytes(rows, 'resourceSize')).toEqual({
      html: 71_462,
      css: 0,
      js: 150,
      fonts: 0,
      images: 0,
      other: 524,
      total: 72_136,
    });
  });

  it('gives zeros for a page with no requests', () => {
    expect(bucketBytes([], 'transferSize')).toEqual({
      html: 0,
      css: 0,
      js: 0,
      fonts: 0,
      images: 0,
      other: 0,
      total: 0,
    });
  });

  it.each([[undefined], ['12'], [-1], [Number.NaN]])('refuses a size of %j', (size) => {
    expect(() => bucketBytes([{ resourceType: 'script', transferSize: size }], 'transferSize')).toThrow(
      /A script request has no usable transferSize/,
    );
  });
});

/** A Lighthouse result trimmed to what the bench reads. */
function lhr(overrides: { categories?: Record<string, { score: number | null }> } = {}) {
  return {
    categories: {
      performance: { score: 0.987 },
      accessibility: { score: 1 },
      'best-practices': { score: 0.96 },
      seo: { score: 0.5 },
      ...overrides.categories,
    },
    audits: {
      'largest-contentful-paint': { numericValue: 1834.2 },
      'total-blocking-time': { numericValue: 12 },
      'cumulative-layout-shift': { numericValue: 0.0012 },
      'resource-summary': {
        details: {
          items: [
            { resourceType: 'total', transferSize: 20_000 },
            { resourceType: 'document', transferSize: 4_000 },
            { resourceType: 'script', transferSize: 16_000 },
          ],
        },
      },
      'network-requests': {
        details: {
          items: [
            { resourceType: 'Document', resourceSize: 12_000, statusCode: 404 },
            { resourceType: 'Script', resourceSize: 48_000, statusCode: 200 },
          ],
        },
      },
    },
  };
}

describe('summarize', () => {
  it('reads scores as 0-100, the metrics, the document status and both byte counts', () => {
    expect(summarize(lhr(), '/x')).toEqual({
      path: '/x',
      status: 404,
      scores: { performance: 99, accessibility: 100, 'best-practices': 96, seo: 50 },
      lcpMs: 1834.2,
      tbtMs: 12,
      cls: 0.0012,
      bytes: {
        gzip: { html: 4_000, css: 0, js: 16_000, fonts: 0, images: 0, other: 0, total: 20_000 },
        uncompressed: { html: 12_000, css: 0, js: 48_000, fonts: 0, images: 0, other: 0, total: 60_000 },
      },
    });
  });

  it('keeps a category Lighthouse could not score as null', () => {
    expect(summarize(lhr({ categories: { seo: { score: null } } }), '/').scores.seo).toBeNull();
  });

  it('refuses a result without the resource-summary table', () => {
    const result = lhr();
    delete (result.audits as Record<string, unknown>)['resource-summary'];
    expect(() => summarize(result, '/')).toThrow(/no resource-summary table for \//);
  });
});

describe('problems', () => {
  const page = summarize(lhr(), '/x');

  it('finds nothing wrong with low scores and the expected status', () => {
    expect(problems(page, 404)).toEqual([]);
  });

  it('names an unexpected status, a missing score and an error', () => {
    expect(problems(page, 200)).toEqual(['/x: status 404, expected 200']);
    const unscored = summarize(lhr({ categories: { performance: { score: null } } }), '/x');
    expect(problems(unscored, 404)).toEqual(['/x: no performance score']);
    expect(problems({ ...page, error: 'NO_FCP: no paint' }, 404)).toEqual(['/x: NO_FCP: no paint']);
  });
});

describe('table', () => {
  it('left-aligns the first column and right-aligns the others, under a rule', () => {
    expect(
      table(
        ['page', 'perf', 'LCP ms'],
        [
          ['/', '100', '950'],
          ['/blog/long-path', '87', '12345'],
        ],
      ),
    ).toBe(
      [
        'page             perf  LCP ms',
        '---------------  ----  ------',
        '/                 100     950',
        '/blog/long-path    87   12345',
      ].join('\n'),
    );
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => table(['a', 'b'], [['1']])).toThrow(/1 cells for 2 columns/);
  });
});

describe('formatReport', () => {
  it('prints scores, metrics and KiB per kind, and a dash where a page broke', () => {
    const good = summarize(lhr(), '/x');
    const broken = {
      path: '/y',
      status: null,
      scores: {},
      lcpMs: null,
      tbtMs: null,
      cls: null,
      bytes: null,
      error: 'boom',
    };
    const lines = formatReport([good, broken]).split('\n');
    expect(lines[0]).toMatch(/^page\s+status\s+perf\s+a11y\s+best-pr\s+seo\s+LCP ms\s+TBT ms\s+CLS$/);
    expect(lines[2]).toMatch(/^\/x\s+404\s+99\s+100\s+96\s+50\s+1834\s+12\s+0\.001$/);
    expect(lines[3]).toMatch(/^\/y\s+error(\s+-){7}$/);
    const gzip = lines.indexOf(
      'KiB a phone downloads, gzip as transferred, HTTP headers included (html = document, css = stylesheet, js = script):',
    );
    expect(lines[gzip + 1]).toMatch(/^page\s+html\s+css\s+js\s+fonts\s+images\s+other\s+total$/);
    expect(lines[gzip + 3]).toMatch(/^\/x\s+3\.9\s+0\.0\s+15\.6\s+0\.0\s+0\.0\s+0\.0\s+19\.5$/);
    expect(lines[gzip + 4]).toMatch(/^\/y(\s+-){7}$/);
    expect(lines.at(-2)).toMatch(/^\/x\s+11\.7\s+0\.0\s+46\.9\s+0\.0\s+0\.0\s+0\.0\s+58\.6$/);
  });

  it('counts KiB of 1024 bytes', () => {
    expect([kib(0), kib(1024), kib(137_089)]).toEqual(['0.0', '1.0', '133.9']);
  });
});

describe('articleRatio', () => {
  const page = (total: number | null) =>
    ({
      path: '/blog/x',
      status: 200,
      scores: {},
      lcpMs: null,
      tbtMs: null,
      cls: null,
      bytes: total === null ? null : { gzip: { total }, uncompressed: { total } },
    }) as unknown as Parameters<typeof articleRatio>[0];

  it.each([
    [20_960, 5_240, 4],
    [5_240, 5_240, 1],
  ])('%i bytes against %i is %f× the hand-written page', (total, reference, ratio) => {
    expect(articleRatio(page(total), reference)).toEqual({ totalBytes: total, referenceBytes: reference, ratio });
  });

  it('has nothing to say when the page was not measured', () => {
    expect(articleRatio(page(null), 5_240)).toBeNull();
    expect(articleRatio(undefined, 5_240)).toBeNull();
  });
});
